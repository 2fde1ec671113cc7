/**
 * The pages under a relation's page (`RELATION_PARTS` in lib/routes.ts): for each, its title and
 * the full section it shows. The relation page shows each one's summary instead (the `…Summary`
 * components beside the sections) with a link to its page.
 */
import type { RelationView } from "@bilateral/data"
import type { ReactNode } from "react"
import type { Dictionary } from "@/i18n"
import type { RelationPart } from "@/lib/routes"
import { AgreementsSection } from "./AgreementsSection"
import { ClaimsSection } from "./ClaimsSection"
import { CooperationSection, cooperationCount } from "./CooperationSection"
import { ExchangesSection } from "./ExchangesSection"
import { IndicatorsSection } from "./IndicatorsSection"
import type { SectionProps } from "./Section"
import { StatementsSection } from "./StatementsSection"
import { StatusSection } from "./StatusSection"

/** A part page's title (its section's heading), how many entries it lists, its full section. */
export const PARTS: Record<
  RelationPart,
  {
    title: (t: Dictionary) => string
    count: (view: RelationView) => number
    Full: (props: SectionProps) => ReactNode
  }
> = {
  status: {
    title: (t) => t.country.status,
    count: (view) => view.status.length,
    Full: StatusSection,
  },
  indicators: {
    title: (t) => t.country.indicators,
    count: (view) => view.facts.indicators.length,
    Full: IndicatorsSection,
  },
  exchanges: {
    title: (t) => t.country.exchanges,
    count: (view) => view.facts.events.length + (view.relation.commissions ?? []).length,
    Full: ({ index, view, lang }) => (
      <ExchangesSection
        view={view}
        events={index.events({ relation: view.relation.id })}
        lang={lang}
      />
    ),
  },
  agreements: {
    title: (t) => t.country.agreements,
    count: (view) => view.facts.agreements.length,
    Full: AgreementsSection,
  },
  cooperation: {
    title: (t) => t.country.cooperation,
    count: cooperationCount,
    Full: CooperationSection,
  },
  statements: {
    title: (t) => t.country.statements,
    count: (view) => view.facts.statements.length,
    Full: StatementsSection,
  },
  claims: {
    title: (t) => t.country.claims,
    count: (view) => view.claims.length,
    Full: ClaimsSection,
  },
}

/** The relation's key facts: recognition, establishment, age, embassies, memberships, frameworks. */
import type { RelationView } from "@bilateral/data"
import { formatDate, isConcurrent, localize } from "@bilateral/domain"
import { type ComponentProps, Fragment, type ReactNode } from "react"
import { Cite, CiteMarks } from "@/components/Cite"
import facts from "@/components/Facts.module.css"
import { dictionary, type Lang } from "@/i18n"
import { asOf, countryName, data } from "@/lib/data"
import { joinText } from "@/lib/text"
import styles from "./KeyFactsSection.module.css"
import { organisationName } from "./organisation"
import { Section } from "./Section"

/** A fact in a key-facts list: its text (one string), then its numbered citations. */
function Fact({ lang, provenance, children }: ComponentProps<typeof Cite> & { children: string }) {
  return (
    <li>
      {`${children} `}
      <CiteMarks lang={lang} provenance={provenance} />
    </li>
  )
}

/**
 * The rows of the key facts list, each a short key, a label and its value; rows without data are
 * left out.
 */
const rowsOf = (view: RelationView, lang: Lang): Array<[string, string, ReactNode]> => {
  const t = dictionary(lang)
  const { relation, partner, facts, age } = view
  const rows: Array<[string, string, ReactNode]> = []

  const recognition: ReactNode[] = []
  if (partner.independence) {
    recognition.push(
      <Fact key="independence" lang={lang} provenance={partner.independence.provenance}>
        {t.country.independence(
          localize(partner.name, lang),
          formatDate(partner.independence.date, lang),
        )}
      </Fact>,
    )
  }
  for (const r of relation.recognitions) {
    recognition.push(
      <Fact key={`${r.by}-${r.of}`} lang={lang} provenance={r.provenance}>
        {t.country.recognized(
          countryName(r.by, lang),
          countryName(r.of, lang),
          formatDate(r.date, lang),
        )}
      </Fact>,
    )
  }
  if (recognition.length > 0)
    rows.push(["r", t.country.recognition, <ul key="r">{recognition}</ul>])

  if (relation.established) {
    const e = relation.established
    rows.push([
      "e",
      t.country.establishment,
      <ul key="e">
        <li>
          <Cite lang={lang} provenance={e.provenance}>
            {formatDate(e.date, lang)}
          </Cite>
          {e.instrument ? ` · ${localize(e.instrument, lang)}` : null}
        </li>
      </ul>,
    ])
  }
  if (age) {
    rows.push([
      "a",
      t.country.age,
      <Fragment key="a">
        {`${t.common.ageParts(age.years, age.months, age.days)} `}
        <span className="muted">{`(${t.common.asOf(formatDate(asOf(), lang))})`}</span>
      </Fragment>,
    ])
  }
  if (relation.embassies.length > 0) {
    rows.push([
      "m",
      t.country.embassies,
      <ul key="m">
        {relation.embassies.map((e) => (
          <Fact
            key={`${e.sender}-${e.seat}-${e.accreditedTo}`}
            lang={lang}
            provenance={e.provenance}
          >
            {joinText(
              isConcurrent(e)
                ? t.country.concurrent(
                    countryName(e.sender, lang),
                    countryName(e.seat, lang),
                    countryName(e.accreditedTo, lang),
                  )
                : t.country.resident(countryName(e.sender, lang), countryName(e.seat, lang)),
              e.ambassador && ` · ${t.country.ambassador(e.ambassador)}`,
            )}
          </Fact>
        ))}
      </ul>,
    ])
  }
  if (facts.memberships.length > 0) {
    rows.push([
      "s",
      t.country.memberships,
      <ul key="s">
        {facts.memberships.map((m) => (
          <Fact key={m.id} lang={lang} provenance={m.provenance}>
            {joinText(
              `${countryName(m.country, lang)}: ${organisationName(data(), m.organisation, lang)}`,
              m.since && ` · ${t.country.since(formatDate(m.since, lang))}`,
            )}
          </Fact>
        ))}
      </ul>,
    ])
  }
  if (relation.frameworks.length > 0) {
    rows.push([
      "f",
      t.country.frameworks,
      <ul key="f">
        {relation.frameworks.map((f, i) => (
          // Frameworks have no id; their order in the data is their identity on this static page.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is never reordered
          <Fact key={i} lang={lang} provenance={f.provenance}>
            {joinText(
              localize(f.name, lang),
              f.since && ` · ${t.country.since(formatDate(f.since, lang))}`,
            )}
          </Fact>
        ))}
      </ul>,
    ])
  }
  return rows
}

export function KeyFactsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <Section id="key-facts" title={t.country.keyFacts}>
      <dl className={`${facts.facts} ${styles.keyFacts}`}>
        {rowsOf(view, lang).flatMap(([key, label, value]) => [
          <dt key={`${key}t`}>{label}</dt>,
          <dd key={key}>{value}</dd>,
        ])}
      </dl>
    </Section>
  )
}

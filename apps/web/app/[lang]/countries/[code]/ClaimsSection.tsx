/** The articles' claims about the relation, each with the result of checking it against the data. */
import type { RelationView } from "@bilateral/data"
import { localize } from "@bilateral/domain"
import { CiteMarks } from "@/components/Cite"
import { dictionary, type Lang } from "@/i18n"
import { anchors } from "@/lib/routes"
import styles from "./ClaimsSection.module.css"
import { Section } from "./Section"

type Status = RelationView["claims"][number]["result"]["status"]

const BADGE: Record<Status, string> = {
  holds: "badge--ok",
  contradicted: "badge--bad",
  "cannot-check": "badge--warn",
}

export function ClaimsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <Section id="claims" title={t.country.claims} lede={t.country.claimsLede}>
      {view.claims.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <ul className="fact-list">
          {view.claims.map(({ claim, result }) => (
            <li
              key={claim.id}
              id={anchors.claim(claim.id)}
              className={`${styles.claim} ${styles[result.status]}`}
            >
              <span className={`badge ${BADGE[result.status]}`}>
                {t.labels.claimStatus[result.status]}
              </span>
              <p className={styles.text}>
                “{localize(claim.text, lang)}”{" "}
                <CiteMarks lang={lang} provenance={claim.provenance} />
              </p>
              <p className={styles.explanation}>{result.explanation[lang]}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

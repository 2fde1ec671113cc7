/**
 * The articles' claims about the relation, each with the result of checking it against the data;
 * a change claim also shows the source's own wording, the periods compared and the tolerance that
 * follows the stated precision (the domain's `ClaimResult.change`). The claims page
 * (`routes.relationPart(lang, slug, "claims")`) lists them all, anchored; the relation page shows
 * how many hold, are contradicted or cannot be checked (`ClaimsSummary`) and links there.
 */
import type { RelationView } from "@bilateral/data"
import { CLAIM_STATUSES, localize } from "@bilateral/domain"
import badgeStyles from "@/components/Badge.module.css"
import { CiteMarks } from "@/components/Cite"
import factListStyles from "@/components/FactList.module.css"
import lists from "@/components/Lists.module.css"
import { dictionary, type Lang } from "@/i18n"
import { data } from "@/lib/data"
import { anchors, routes } from "@/lib/routes"
import styles from "./ClaimsSection.module.css"
import { PartLink, Section } from "./Section"

type Status = RelationView["claims"][number]["result"]["status"]
type Claim = RelationView["claims"][number]["claim"]

/** The language of the source a claim quotes, for the `lang` of its own wording. */
const langOf = (claim: Claim): string | undefined => {
  const first = claim.provenance[0]
  return first ? data().source(first.source)?.language : undefined
}

const BADGE: Record<Status, string | undefined> = {
  holds: badgeStyles.ok,
  contradicted: badgeStyles.bad,
  "cannot-check": badgeStyles.warn,
}

/** Every claim of the relation with its check, each anchored (`anchors.claim`): the claims page. */
export function ClaimsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <Section id="claims" title={t.country.claims} lede={t.country.claimsLede}>
      {view.claims.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <ul className={factListStyles.list}>
          {view.claims.map(({ claim, result }) => (
            <li
              key={claim.id}
              id={anchors.claim(claim.id)}
              className={`${styles.claim} ${styles[result.status]}`}
            >
              <span className={`${badgeStyles.badge} ${BADGE[result.status]}`}>
                {t.labels.claimStatus[result.status]}
              </span>
              <p className={styles.text}>
                “{localize(claim.text, lang)}”{" "}
                <CiteMarks lang={lang} provenance={claim.provenance} />
              </p>
              {result.change && (
                <dl className={styles.change}>
                  <dt>{t.claimCheck.wording}</dt>
                  <dd>
                    <q lang={langOf(claim)}>{result.change.reported}</q>
                  </dd>
                  <dt>{t.claimCheck.compared}</dt>
                  <dd>{result.change.compared[lang]}</dd>
                  <dt>{t.claimCheck.tolerance}</dt>
                  <dd>{result.change.tolerance[lang]}</dd>
                </dl>
              )}
              <p className={styles.explanation}>{result.explanation[lang]}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

/**
 * The relation page's claims: how many of them hold, are contradicted or cannot be checked (the
 * domain's `CLAIM_STATUSES`, named by its labels), then a link to all of them with their checks.
 */
export function ClaimsSummary({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { claims } = view
  return (
    <Section id="claims" title={t.country.claims} lede={t.country.claimsLede}>
      {claims.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <>
          <ul className={lists.inline} data-testid="claims-tally">
            {CLAIM_STATUSES.map((status) => ({
              status,
              count: claims.filter((c) => c.result.status === status).length,
            }))
              .filter(({ count }) => count > 0)
              .map(({ status, count }) => (
                <li key={status} data-status={status}>
                  <span className={`${badgeStyles.badge} ${BADGE[status]}`}>
                    {t.labels.claimStatus[status]}
                  </span>{" "}
                  <strong>{count}</strong>
                </li>
              ))}
          </ul>
          <PartLink href={routes.relationPart(lang, view.slug, "claims")}>
            {t.country.allClaims(claims.length)}
          </PartLink>
        </>
      )}
    </Section>
  )
}

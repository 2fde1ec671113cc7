/**
 * A relation's standing commissions and committees: each one's name (cited), its levels over time
 * ("Thứ trưởng từ 2008", each cited to the quote that states it) and links to its sessions in the
 * relation's timeline (`routes.event`), ordinal and date. Use it on the relation page; it renders nothing for a
 * relation without commissions.
 */
import { type Event, formatDate, localize, type Relation } from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { slugOf } from "../lib/data"
import { routes } from "../lib/routes"
import { Cite } from "./Cite"
import styles from "./CommissionList.module.css"
import factListStyles from "./FactList.module.css"
import sectionStyles from "./Section.module.css"

export function CommissionList({
  relation,
  events,
  lang,
}: {
  relation: Relation
  /** The relation's events, in date order; the commission's sessions are taken from them. */
  events: ReadonlyArray<Event>
  lang: Lang
}) {
  const t = dictionary(lang)
  const commissions = relation.commissions ?? []
  if (commissions.length === 0) return null
  const slug = slugOf(relation)
  return (
    <div className={sectionStyles.subsection}>
      <h3>{t.commissions.title}</h3>
      <ul className={factListStyles.list}>
        {commissions.map((c) => {
          const sessions = events.filter(
            (e) => e._tag === "CommissionSession" && e.commissionId === c.id,
          )
          return (
            <li key={c.id}>
              <Cite lang={lang} provenance={c.provenance}>
                <span className={factListStyles.title}>{localize(c.name, lang)}</span>
              </Cite>
              {(c.levels ?? []).length > 0 && (
                <ol className={styles.levels}>
                  {(c.levels ?? []).map((l) => (
                    <li key={`${l.level}:${l.since ? formatDate(l.since, lang) : ""}`}>
                      <Cite lang={lang} provenance={l.provenance}>
                        {l.since
                          ? t.commissions.level(t.labels.level[l.level], formatDate(l.since, lang))
                          : t.labels.level[l.level]}
                      </Cite>
                    </li>
                  ))}
                </ol>
              )}
              {sessions.length > 0 && (
                <ol className={styles.levels}>
                  {sessions.map((e) => (
                    <li key={e.id}>
                      <a href={routes.event(lang, slug, e.id)}>
                        {e._tag === "CommissionSession" && e.session
                          ? t.event.sessionOrdinal(e.session)
                          : t.labels.eventKind[e._tag]}
                      </a>
                      {e.date ? ` · ${formatDate(e.date, lang)}` : null}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

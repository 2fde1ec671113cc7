/**
 * The relation's status over time (the domain's `statusTimeline`, names resolved in the view):
 * recognitions, establishment, embassies, ambassadors, frameworks and commissions' levels, each
 * with its date and its label linked to the quote that states it (on the relation page only when
 * there are any).
 * Each change is a date over a cited label, styled by structure (StatusSection.module.css). The
 * status page (`routes.relationPart(lang, slug, "status")`) lists every change; the relation page
 * shows the latest few (`StatusSummary`) and links there.
 */
import type { RelationView } from "@bilateral/data"
import { formatDate } from "@bilateral/domain"
import { Cite } from "@/components/Cite"
import factListStyles from "@/components/FactList.module.css"
import { dictionary, type Lang } from "@/i18n"
import { routes } from "@/lib/routes"
import { PartLink, Section } from "./Section"
import styles from "./StatusSection.module.css"

type Change = RelationView["status"][number]

/** How many changes of status the relation page shows before its link to all of them. */
export const STATUS_SHOWN = 4

/** Changes of status as a list of dates over cited labels. */
function ChangeList({ changes, lang }: { changes: ReadonlyArray<Change>; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <ol className={`${factListStyles.list} ${styles.status}`}>
      {changes.map((c, i) => (
        // Changes have no id of their own; the list is in the view's order and never reordered.
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
        <li key={i}>
          {c.date ? (
            <span>{formatDate(c.date, lang)}</span>
          ) : (
            <span>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t.country.dateNotStated}</span>
            </span>
          )}
          <Cite lang={lang} provenance={c.provenance}>
            {c.label[lang]}
          </Cite>
        </li>
      ))}
    </ol>
  )
}

/** Every change of the relation's status: the status page. */
export function StatusSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <Section id="status" title={t.country.status}>
      {view.status.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <ChangeList changes={view.status} lang={lang} />
      )}
    </Section>
  )
}

/**
 * The latest changes of status: the last `STATUS_SHOWN` dated ones in order (the first ones when
 * none is dated), so the relation page shows where the relation stands now.
 */
export const latestChanges = (status: ReadonlyArray<Change>): ReadonlyArray<Change> => {
  const dated = status.filter((c) => c.date !== undefined)
  return dated.length > 0 ? dated.slice(-STATUS_SHOWN) : status.slice(0, STATUS_SHOWN)
}

/** The relation page's status: its latest changes, then a link to all of them; none, nothing. */
export function StatusSummary({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  if (view.status.length === 0) return null
  return (
    <Section id="status" title={t.country.status}>
      <ChangeList changes={latestChanges(view.status)} lang={lang} />
      <PartLink href={routes.relationPart(lang, view.slug, "status")}>
        {t.country.allStatus(view.status.length)}
      </PartLink>
    </Section>
  )
}

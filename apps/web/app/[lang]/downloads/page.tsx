/**
 * Downloads (/{lang}/downloads): the JSON export and the CSV table, generated at build time by
 * the route handlers in app/downloads, and the documentation of their format.
 */
import {
  buildFactsCsv,
  buildInterchange,
  CONVENTIONS,
  CSV_COLUMNS,
  FORMAT_VERSION,
} from "@bilateral/data"
import { formatNumber } from "@bilateral/domain"
import { Fragment } from "react"
import badgeStyles from "@/components/Badge.module.css"
import facts from "@/components/Facts.module.css"
import lists from "@/components/Lists.module.css"
import { PageHead } from "@/components/PageHead"
import sectionStyles from "@/components/Section.module.css"
import { dictionary, langParams } from "@/i18n"
import { data } from "@/lib/data"
import { type LangPageProps, langMetadata, pageLang } from "@/lib/lang-page"
import { DOWNLOADS, routes } from "@/lib/routes"

export const dynamicParams = false
export const generateStaticParams = langParams

export const generateMetadata = langMetadata((t) => ({
  title: t.downloads.title,
  description: t.downloads.lede,
}))

const kilobytes = (text: string, lang: "vi" | "en") =>
  `${formatNumber(Math.round(Buffer.byteLength(text, "utf8") / 102.4) / 10, lang)} KB`

export default async function DownloadsPage({ params }: LangPageProps) {
  const lang = await pageLang(params)
  if (lang === undefined) return null
  const t = dictionary(lang)
  const { dataset } = data()
  const doc = buildInterchange(dataset)
  const json = `${JSON.stringify(doc, null, 2)}\n`
  const csv = buildFactsCsv(dataset)
  const series = doc.indicators?.[0]
  const example = series
    ? JSON.stringify(
        {
          formatVersion: doc.formatVersion,
          indicators: [{ ...series, observations: series.observations.slice(0, 1) }],
        },
        null,
        2,
      )
    : undefined
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n")
  const sample = ["indicators,", "events,", "agreements,"].flatMap((table) =>
    lines.filter((line) => line.startsWith(table)).slice(0, 1),
  )
  const csvHead = [lines[0], ...sample].join("\n")
  const files = [
    {
      name: DOWNLOADS.json,
      description: t.downloads.descriptions.json,
      size: kilobytes(json, lang),
    },
    { name: DOWNLOADS.csv, description: t.downloads.descriptions.csv, size: kilobytes(csv, lang) },
  ]
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        title={t.downloads.title}
        lede={t.downloads.lede}
      />
      <section className={sectionStyles.section} aria-labelledby="files">
        <h2 id="files">{t.downloads.files}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.downloads.file}</th>
                <th scope="col">{t.downloads.description}</th>
                <th scope="col" className="num">
                  {t.downloads.size}
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <a href={routes.file(f.name)} download>
                      {f.name}
                    </a>
                  </th>
                  <td>{f.description}</td>
                  <td className="num nowrap">{f.size}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className={sectionStyles.section} aria-labelledby="format">
        <h2 id="format">{t.downloads.format}</h2>
        <p>
          {t.downloads.formatLede} <code>formatVersion: "{FORMAT_VERSION}"</code>
        </p>
        <ul>
          {t.downloads.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <p>{t.downloads.conventions}</p>
        <dl className={facts.facts}>
          {Object.entries(CONVENTIONS).map(([key, text]) => (
            <Fragment key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd lang="en">{text}</dd>
            </Fragment>
          ))}
        </dl>
        <h3 className={sectionStyles.subsection}>{t.downloads.collections}</h3>
        <p>{t.downloads.collectionsLede}</p>
        <ul className={lists.tags}>
          {Object.keys(doc)
            .filter((k) => k !== "formatVersion" && k !== "conventions")
            .map((k) => (
              <li key={k} className={badgeStyles.badge}>
                <code>{k}</code>
              </li>
            ))}
        </ul>
        {example && (
          <>
            <h3 className={sectionStyles.subsection}>{t.downloads.example}</h3>
            <pre>
              <code>{example}</code>
            </pre>
          </>
        )}
      </section>

      <section className={sectionStyles.section} aria-labelledby="csv">
        <h2 id="csv">{t.downloads.csv}</h2>
        <p>{t.downloads.csvLede}</p>
        <h3>{t.downloads.columns}</h3>
        <ul className={lists.tags}>
          {CSV_COLUMNS.map((c) => (
            <li key={c} className={badgeStyles.badge}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <h3 className={sectionStyles.subsection}>{t.downloads.example}</h3>
        <pre>
          <code>{csvHead}</code>
        </pre>
      </section>
    </div>
  )
}

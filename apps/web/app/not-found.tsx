/**
 * The root segment's not-found boundary. Every address of the export is generated
 * (`dynamicParams = false`), and an unknown one gets the 404 page (global-not-found.tsx), so this
 * boundary is only a fallback. It is kept small on purpose: Next writes the root boundary into the
 * inline RSC payload of every page, and its built-in one (inline styles, English only) cost about
 * 0.5 kB gzipped on each. It renders its own document, since no layout wraps the root segment.
 */
import { HomeLinks } from "@/components/HomeLinks"
import { dictionary } from "@/i18n"

const vi = dictionary("vi")
const en = dictionary("en")

export default function RootNotFound() {
  return (
    <html lang="vi">
      <body>
        <main id="main" className="container">
          <h1>{`404 · ${vi.notFound.title}`}</h1>
          <p lang="en">{en.notFound.title}</p>
          <HomeLinks vi={vi.notFound.home} en={en.notFound.home} />
        </main>
      </body>
    </html>
  )
}

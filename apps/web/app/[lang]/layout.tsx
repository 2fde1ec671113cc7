/**
 * The root layout of every page of the site: one per language, so `<html lang>` is right on
 * each page. There is no app/layout.tsx; `/` has its own root layout in app/(root).
 */
import "../globals.css"
import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { SiteFooter } from "@/components/SiteFooter"
import { SiteHeader } from "@/components/SiteHeader"
import { dictionary, isLang, langParams } from "@/i18n"
import styles from "./layout.module.css"

export const dynamicParams = false
export const generateStaticParams = langParams

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>
}): Promise<Metadata> {
  const { lang } = await params
  if (!isLang(lang)) return {}
  const t = dictionary(lang)
  return {
    title: { template: `%s · ${t.meta.siteName}`, default: t.meta.siteName },
    description: t.meta.description,
    applicationName: t.meta.siteName,
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#171b21" },
  ],
}

export default async function LangLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ lang: string }>
}) {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const t = dictionary(lang)
  return (
    <html lang={lang}>
      <body>
        <a className={styles.skipLink} href="#main">
          {t.a11y.skip}
        </a>
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  )
}

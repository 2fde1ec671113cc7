/**
 * The root layout of `/` alone. A static host has no server to redirect, so `/` is a small page
 * that refreshes to /vi/ (the default language) and links to both languages.
 */
import "../globals.css"
import type { Metadata } from "next"
import type { ReactNode } from "react"
import { DEFAULT_LANG, dictionary } from "@/i18n"

const t = dictionary(DEFAULT_LANG)

export const metadata: Metadata = {
  title: t.meta.siteName,
  description: t.meta.description,
}

export default function RootRedirectLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LANG}>
      <head>
        <meta httpEquiv="refresh" content={`0;url=/${DEFAULT_LANG}/`} />
      </head>
      <body>{children}</body>
    </html>
  )
}

/** The Bilateral mark: two overlapping circles, one per country, coloured as app/icon.svg. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <circle cx="10" cy="14" r="8" fill="var(--brand-1)" />
      <circle cx="18" cy="14" r="8" fill="var(--brand-2)" opacity="0.9" />
      <path d="M14 7.4a8 8 0 0 1 0 13.2a8 8 0 0 1 0-13.2z" fill="var(--text)" opacity="0.85" />
    </svg>
  )
}

/** How the relation page names an organisation. */
import type { BilateralIndex } from "@bilateral/data"
import { localize } from "@bilateral/domain"
import type { Lang } from "@/i18n"

/** An organisation's name with its abbreviation ("Liên Hợp Quốc (UN)"), or its id when unknown. */
export const organisationName = (index: BilateralIndex, id: string, lang: Lang): string => {
  const organisation = index.organisation(id)
  if (!organisation) return id
  const name = localize(organisation.name, lang)
  return organisation.abbreviation ? `${name} (${organisation.abbreviation})` : name
}

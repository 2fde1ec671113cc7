/**
 * People, and the part they play in an event: the office they held at the time, their country.
 * One person appears once in a dataset and may take part in many events.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { PersonId } from "./Id"
import { LocalizedText } from "./LocalizedText"

/**
 * A person, named as the sources name them. `aliases` holds other spellings found in the sources
 * ("Abakirov Mede" and "Abakirov Meder"); `honorific` titles such as "GS.TS".
 * @example
 * const p: typeof Person.Encoded = { id: "to-lam", name: "Tô Lâm", country: "VN" }
 * @since 0.1.0
 * @category schemas
 */
export const Person = Schema.Struct({
  id: PersonId,
  name: Schema.NonEmptyTrimmedString,
  aliases: Schema.optionalWith(Schema.Array(Schema.NonEmptyTrimmedString), { default: () => [] }),
  honorific: Schema.optional(Schema.NonEmptyTrimmedString),
  country: CountryCode,
})
/**
 * A person, decoded (`aliases` is always present, empty by default).
 * @example
 * const names = (p: Person) => [p.name, ...p.aliases]
 * @since 0.1.0
 * @category models
 */
export type Person = typeof Person.Type

/**
 * Someone taking part in an event: a known person, an office, or a group described in words
 * ("representatives of the Vietnamese community"). `office` is the office held at the time.
 * @example
 * const p: typeof Participant.Encoded = { person: "le-thi-thu-hang", office: { vi: "Thứ trưởng Bộ Ngoại giao", en: "Deputy Minister of Foreign Affairs" }, country: "VN" }
 * @since 0.1.0
 * @category schemas
 */
export const Participant = Schema.Struct({
  person: Schema.optional(PersonId),
  office: Schema.optional(LocalizedText),
  description: Schema.optional(LocalizedText),
  country: Schema.optional(CountryCode),
}).pipe(
  Schema.filter(
    (p) =>
      p.person !== undefined ||
      p.office !== undefined ||
      p.description !== undefined ||
      "expected a participant with a person, an office or a description",
  ),
)
/**
 * A participant in an event, decoded.
 * @example
 * const office = (p: Participant) => (p.office ? localize(p.office, "vi") : undefined)
 * @since 0.1.0
 * @category models
 */
export type Participant = typeof Participant.Type

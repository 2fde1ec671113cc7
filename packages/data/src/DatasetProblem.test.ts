import { describe, expect, it } from "vitest"
import { compareProblems, DatasetError, formatProblem } from "./DatasetProblem"

describe("formatProblem", () => {
  it("prints file:line:col: message", () => {
    expect(formatProblem({ file: "people.yaml", line: 3, column: 9, message: "m" })).toBe(
      "people.yaml:3:9: m",
    )
  })

  it("prints file: message for a problem with no line", () => {
    expect(formatProblem({ file: "data", line: 0, column: 0, message: "m" })).toBe("data: m")
  })
})

describe("DatasetError", () => {
  it("is a tagged error whose message lists every problem on its own line", () => {
    const error = new DatasetError({
      problems: [
        { file: "a.yaml", line: 1, column: 2, message: "first" },
        { file: "b.yaml", line: 3, column: 4, message: "second" },
      ],
    })
    expect(error._tag).toBe("DatasetError")
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toBe("a.yaml:1:2: first\nb.yaml:3:4: second")
  })
})

describe("compareProblems", () => {
  it("orders by file, then line, then column", () => {
    const problems = [
      { file: "b.yaml", line: 1, column: 1, message: "" },
      { file: "a.yaml", line: 2, column: 1, message: "" },
      { file: "a.yaml", line: 1, column: 5, message: "" },
      { file: "a.yaml", line: 1, column: 2, message: "" },
    ]
    expect([...problems].sort(compareProblems).map(formatProblem)).toEqual([
      "a.yaml:1:2: ",
      "a.yaml:1:5: ",
      "a.yaml:2:1: ",
      "b.yaml:1:1: ",
    ])
  })
})

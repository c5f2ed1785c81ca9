// Package phrasing finds blameful phrasing in postmortem notes: counterfactuals,
// a person as the subject of a failure, human-error labels, hindsight, culprit
// questions, single root causes, vague factors and punitive language. It says
// why in one line and, where it can, offers a blameless way to say the same
// thing. It is pure (no I/O but the rules-file loader) so the meeting can run
// it on every keystroke and `debrief lint` can run it over whole documents.
package phrasing

// Severity says how strongly a finding should be raised with the room.
type Severity string

// The two severities: a suggestion is a nudge, a warning is blame the
// facilitator should redirect.
const (
	Suggestion Severity = "suggestion"
	Warning    Severity = "warning"
)

// The category ids a rule can belong to.
const (
	CatCounterfactual = "counterfactual"
	CatIndividual     = "individual"
	CatLabel          = "label"
	CatHindsight      = "hindsight"
	CatWho            = "who"
	CatRootCause      = "rootcause"
	CatVague          = "vague"
	CatPunitive       = "punitive"
)

// Categories lists every category id in the order they are documented.
var Categories = []string{CatCounterfactual, CatIndividual, CatLabel, CatHindsight,
	CatWho, CatRootCause, CatVague, CatPunitive}

// Finding is one flagged span of text.
type Finding struct {
	Rule, Category string
	Severity       Severity
	// Message is one line saying why the span is blameful.
	Message string
	// Suggestion is a human-facing blameless alternative ("" if none):
	// when the finding has a Replacement, the statement it puts in the
	// note, never a question.
	Suggestion string
	// Question is what the facilitator can ask the room about the flagged
	// words ("What made rolling back sooner hard at the time?"), shown
	// beside the flag; "" when the rule has none.
	Question string
	// Offset and Length are the byte span of the flagged text in the input.
	Offset, Length int
	// Line, Column and EndColumn are 1-based; columns count runes.
	// EndColumn is the column just past the match, on the match's last line.
	Line, Column, EndColumn int
	// Match is the flagged text.
	Match string
	// Replacement, when non-empty, is text that replaces the bytes
	// [ReplaceOffset, ReplaceOffset+ReplaceLength) to take the suggestion
	// (a phrase swap, or the whole sentence for a rewrite).
	Replacement                  string
	ReplaceOffset, ReplaceLength int
}

// Apply returns text with the finding's suggestion taken. The text is
// returned unchanged when there is no replacement or when the span no
// longer fits it (the note was edited since the check), so a stale
// finding can never corrupt a note.
func (f Finding) Apply(text string) string {
	if f.Replacement == "" {
		return text
	}
	start, end := f.ReplaceOffset, f.ReplaceOffset+f.ReplaceLength
	if start < 0 || f.ReplaceLength < 0 || end > len(text) || end < start {
		return text
	}
	return text[:start] + f.Replacement + text[end:]
}

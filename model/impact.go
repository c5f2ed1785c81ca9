package model

import "strings"

// ImpactField is one figure of the postmortem's Impact section.
type ImpactField struct {
	// Key is the field's name in impact_set events and exports.
	Key string
	// Label is the template's wording; Example is shown as a placeholder.
	Label, Example string
}

// ImpactFields lists the impact figures in seed 002's template order.
var ImpactFields = []ImpactField{
	{"duration", "User-facing duration", "47 min"},
	{"error_rate", "Error rate at peak", "22%"},
	{"error_rate_normal", "Normal error rate", "<0.1%"},
	{"latency_p99", "Latency p99 at peak", "2400ms"},
	{"latency_slo", "Latency SLO", "300ms"},
	{"affected", "Affected users / traffic", "~18% of traffic"},
	{"slo_burn", "SLO burn rate", "14x"},
	{"budget", "Error budget consumed", "35%"},
	{"revenue", "Revenue / transactions lost", "$12k, 4,100 orders"},
}

// HintVagueImpact is the hint ImpactHint gives a note with no figure.
const HintVagueImpact = "vague impact: add a number (how many users, how long, what error rate)"

// units may be glued to a number and keep it a figure ("2400ms", "14x",
// "$12k", "3.2M"); anything else glued to it ("5xx", "3rd", "2fa") makes
// it a name, not a measurement.
var units = map[string]bool{
	"ms": true, "s": true, "sec": true, "secs": true, "m": true, "min": true, "mins": true,
	"h": true, "hr": true, "hrs": true, "d": true, "x": true, "k": true, "mm": true,
	"b": true, "bn": true, "kb": true, "mb": true, "gb": true, "tb": true, "rps": true,
	"qps": true, "rpm": true, "pct": true, "us": true, "ns": true,
}

// countWords stand for a figure without digits.
var countWords = []string{"half", "dozens", "hundreds", "thousands", "millions", "billions"}

// HasFigure reports whether text holds a measurement: a percentage,
// duration, count, amount of money or ratio. Numbers that are names
// rather than measurements do not count: clock times ("09:14"), dates
// ("2026-11-19"), versions ("v2.31", "2.31.4"), and numbers glued to a
// word ("p99", "ENG-4421", "5xx").
func HasFigure(text string) bool {
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		// A chunk is a run of digits and the punctuation inside numbers,
		// ranges, times and dates: "4,100", "0.1", "10-15", "09:14".
		start, end := i, i
		for end < len(text) && (isDigit(text[end]) || strings.IndexByte(".,:-/", text[end]) >= 0) {
			end++
		}
		for end > start && !isDigit(text[end-1]) {
			end--
		}
		i = end
		if isFigure(text, start, end) {
			return true
		}
	}
	return hasAnyWord(normalizeWords(text), countWords)
}

// isFigure judges the number text[start:end].
func isFigure(text string, start, end int) bool {
	chunk := text[start:end]
	if strings.IndexByte(chunk, ':') >= 0 || isDateShape(chunk) || strings.Count(chunk, ".") > 1 {
		return false
	}
	if start > 0 {
		if c := text[start-1]; isAlnum(c) || c == '-' && start > 1 && isAlnum(text[start-2]) || c == '.' && start > 1 && isAlnum(text[start-2]) {
			return false
		}
	}
	j := end
	for j < len(text) && isAlnum(text[j]) {
		j++
	}
	return j == end || units[strings.ToLower(text[end:j])]
}

// ImpactHint returns HintVagueImpact for an impact note with no figure
// in it ("some users were affected"), and "" for one with a figure or an
// empty note.
func ImpactHint(text string) string {
	if strings.TrimSpace(text) == "" || HasFigure(text) {
		return ""
	}
	return HintVagueImpact
}

package model

import "strings"

// HintWeakFactor is the hint FactorHint gives a weak contributing factor.
const HintWeakFactor = "weak factor: say which property of the system made it possible"

// weakFactors are seed 002's bad examples and their cousins: labels that
// name a category of failure without the property of the system behind it.
var weakFactors = []string{
	"insufficient testing", "not enough testing", "lack of testing", "inadequate testing",
	"no testing", "poor testing", "untested", "missing tests", "not enough tests",
	"alert was missed", "alerts were missed", "missed alert", "missed the alert", "missed alerts",
	"human error", "engineer error", "operator error", "user error", "developer error",
	"misconfiguration", "misconfigured", "config error", "configuration error", "wrong config",
	"bad config", "lack of monitoring", "insufficient monitoring", "no monitoring",
	"poor monitoring", "not enough monitoring", "lack of alerting", "insufficient alerting",
	"communication issues", "communication issue", "communication problems", "poor communication",
	"miscommunication", "lack of communication", "communication breakdown",
	"lack of documentation", "poor documentation", "lack of training", "insufficient training",
	"lack of process", "process failure", "process issue", "lack of ownership",
	"carelessness", "not careful", "oversight", "mistake", "bad deploy", "bad code",
	"bug in code", "technical debt", "tech debt", "root cause",
}

// causalWords mark a factor that explains itself ("..., so exhaustion only
// shows under production load"); "due to" is not one, as "outage due to
// human error" explains nothing.
var causalWords = []string{
	"because", "so", "since", "which", "when", "only", "without", "until",
	"unless", "whereas", "therefore", "meaning",
}

// FactorHint returns HintWeakFactor for a contributing factor that is too
// short to say anything (under four words) or that uses a weak label
// ("insufficient testing", "human error", "alert was missed") without
// explaining it, and "" for a specific one or an empty text. A long factor
// that says why ("Misconfiguration was possible because the pool size has no
// schema check") passes even with a weak label in it.
func FactorHint(text string) string {
	norm := normalizeWords(text)
	words := strings.Count(norm, " ") - 1
	if words <= 0 {
		return ""
	}
	if words < 4 {
		return HintWeakFactor
	}
	for _, p := range weakFactors {
		if hasPhrase(norm, p) {
			if words > 6 && hasAnyWord(norm, causalWords) {
				return ""
			}
			return HintWeakFactor
		}
	}
	return ""
}

// normalizeWords lowercases s and turns every run of characters that are
// not letters or digits into one space, with a space at each end, so a
// phrase can be found as " phrase " whatever the punctuation. Letters
// beyond ASCII are kept as they are.
func normalizeWords(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r >= 0x80 && r != 0xA0 && r != '’' && r != '–' && r != '—':
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// hasPhrase reports whether the normalised text holds phrase as whole words.
func hasPhrase(norm, phrase string) bool {
	i := strings.Index(norm, phrase)
	for i >= 0 {
		if norm[i-1] == ' ' && norm[i+len(phrase)] == ' ' {
			return true
		}
		j := strings.Index(norm[i+1:], phrase)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// hasAnyWord reports whether the normalised text holds any of words.
func hasAnyWord(norm string, words []string) bool {
	for _, w := range words {
		if hasPhrase(norm, w) {
			return true
		}
	}
	return false
}

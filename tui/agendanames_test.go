package tui

import (
	"regexp"
	"strings"
	"testing"
)

// agendaColumn is the text of the facilitator's column, one string per
// screen line.
func agendaColumn(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		parts := strings.Split(l, "│")
		if len(parts) >= 3 {
			out = append(out, strings.TrimSpace(parts[1]))
		}
	}
	return out
}

// TestAgendaNamesEndAtAWordAt80x24 walks the default agenda at 80x24,
// into the wrap-up: in every phase each phase name in the column is
// whole, wrapped if need be, or shortened after as many whole words as
// fit, where later phases used to show "Opening…" and "Impact to…"; the
// meeting's total stays in view; and the + key reads "add 1 min".
func TestAgendaNamesEndAtAWordAt80x24(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	titles := m.state.Agenda.Phases
	for i := range len(titles) + 1 {
		if i > 0 {
			send(m, ctrl('n'))
		}
		s := plain(m)
		col := strings.Join(agendaColumn(s), "\n")
		for _, p := range titles {
			// The name's lines, with the marks, times and padding gone.
			var words []string
			for _, l := range agendaColumn(s) {
				for _, w := range strings.Fields(l) {
					if !clockWord.MatchString(w) && !strings.ContainsAny(w, "✓▶›·") {
						words = append(words, w)
					}
				}
			}
			joined := " " + strings.Join(words, " ") + " "
			if strings.Contains(joined, " "+p.Title+" ") {
				continue
			}
			short := ""
			for _, l := range agendaColumn(s) {
				f := strings.Fields(strings.TrimLeft(l, "✓▶›· "))
				if len(f) > 0 && strings.HasSuffix(f[len(f)-1], "…") && strings.HasPrefix(p.Title, f[0]) {
					short = strings.TrimSuffix(strings.Join(f, " "), "…")
				}
			}
			if short == "" || !strings.HasPrefix(p.Title, short) || p.Title[len(short)] != ' ' {
				t.Errorf("phase %d: %q is neither whole nor cut at a word:\n%s", i, p.Title, col)
			}
			if rest := strings.Fields(p.Title[len(short):]); len(rest) > 0 && len(short)+1+len(rest[0])+1 <= 20 {
				t.Errorf("phase %d: %q shortened to %q with room for %q", i, p.Title, short, rest[0])
			}
		}
		if !strings.Contains(col, "meeting ") {
			t.Errorf("phase %d: the meeting's total is cut off:\n%s", i, col)
		}
	}
}

var clockWord = regexp.MustCompile(`^[0-9]+:[0-9]{2}(/[0-9]+:[0-9]{2})?$`)

// TestExtendKeyReadsNaturally: on the notes list's help line the +
// key reads "+ add 1 min", not "+ 1 more min".
func TestExtendKeyReadsNaturally(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 120, 40)
	send(m, esc)
	s := plain(m)
	if strings.Contains(s, "1 more min") || !strings.Contains(s, "+ add 1 min") {
		t.Errorf("the help line does not read \"+ add 1 min\":\n%s", s)
	}
}

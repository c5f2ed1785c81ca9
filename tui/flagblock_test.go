package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/phrasing"
)

// longFlagged is a note whose rewrite and question for the room are both
// longer than an 80-column screen is wide.
const longFlagged = "Tom should have rolled back the checkout deploy sooner after the pool saturation alarm paged the whole payments on-call rotation"

// underTheBox is the screen's lines below the panes: the note box, the
// lines under it, the mode line and the help.
func underTheBox(screen string) []string {
	lines := strings.Split(screen, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], "╰") {
			return lines[i+1:]
		}
	}
	return lines
}

// shownAfter is the text the screen shows after lead under the note box,
// with the lines it wraps onto (indented by flagIndent) joined by spaces.
func shownAfter(screen, lead string) string {
	var parts []string
	for _, l := range underTheBox(screen) {
		switch {
		case len(parts) == 0 && strings.HasPrefix(l, lead):
			parts = append(parts, strings.TrimPrefix(l, lead))
		case len(parts) > 0 && strings.HasPrefix(l, flagIndent) && strings.TrimSpace(l) != "":
			parts = append(parts, strings.TrimSpace(l))
		case len(parts) > 0:
			return strings.TrimSuffix(strings.Join(parts, " "), "  (tab takes it)")
		}
	}
	return strings.Join(parts, " ")
}

// findingOf is the flag the box shows for the text being typed.
func findingOf(t *testing.T, m *Model) phrasing.Finding {
	t.Helper()
	fs := m.meeting.box.findings
	if len(fs) == 0 {
		t.Fatal("the note is not flagged")
	}
	return fs[0]
}

// mustShowWhole fails unless the rewrite and the question for the room
// are on screen whole, and the mode line is a row of its own after them.
func mustShowWhole(t *testing.T, m *Model, w, h int) {
	t.Helper()
	f := findingOf(t, m)
	s := plain(m)
	if len(f.Suggestion) <= 80 || len(f.Question) <= 80 {
		t.Fatalf("the note's rewrite (%d) and question (%d) should be wider than 80 columns", len(f.Suggestion), len(f.Question))
	}
	if got := shownAfter(s, "  → "); got != f.Suggestion {
		t.Errorf("at %dx%d the rewrite shows as\n%q\nwant\n%q\n%s", w, h, got, f.Suggestion, s)
	}
	if got := shownAfter(s, "  ask the room: "); got != f.Question {
		t.Errorf("at %dx%d the question for the room shows as\n%q\nwant\n%q\n%s", w, h, got, f.Question, s)
	}
	status := statusLine(s)
	if strings.TrimSpace(status) != "TYPING · note" {
		t.Errorf("at %dx%d the mode line is %q, want it on a row of its own", w, h, status)
	}
	for _, l := range strings.Split(s, "\n") {
		if cells := ansi.StringWidth(l); cells > w {
			t.Errorf("at %dx%d a line of %d cells: %q", w, h, cells, l)
		}
	}
	// The flag's line says which rule, and its explanation, on one line
	// or two, ends at a word.
	flag := explanation(s, f.Category)
	if why := flag; why == "" || !cutAtWord(f.Message, why) {
		t.Errorf("at %dx%d the flag's line %q should carry the rule and its explanation cut at a word", w, h, flag)
	}
}

// explanation is the rule's explanation under the note box: after the
// category on the flag's line, and the line under it when it wraps.
func explanation(screen, category string) string {
	lines := underTheBox(screen)
	for i, l := range lines {
		why, ok := strings.CutPrefix(l, "⚑ "+category+" ")
		if !ok {
			continue
		}
		if i+1 < len(lines) {
			next := lines[i+1]
			if strings.HasPrefix(next, "  ") && !strings.HasPrefix(next, "  → ") && !strings.HasPrefix(next, "  ask the room: ") {
				why += " " + strings.TrimSpace(next)
			}
		}
		return why
	}
	return ""
}

// cutAtWord reports whether shown is whole, or a prefix of whole ending
// at a word with "…".
func cutAtWord(whole, shown string) bool {
	if shown == whole {
		return true
	}
	head, ok := strings.CutSuffix(shown, "…")
	return ok && head != "" && strings.HasPrefix(whole, head) && whole[len(head)] == ' '
}

// The rewrite tab takes and the question the facilitator reads aloud
// wrap onto the rows they need, taken from the panes above, and the mode
// line keeps its own row: at 80x24 and larger.
func TestFlagShowsRewriteAndQuestionWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		m, _, _ := started(t)
		sized(m, size[0], size[1])
		toPhase(t, m, "poorly")
		typeKeys(m, longFlagged)
		mustShowWhole(t, m, size[0], size[1])
	}
}

// A window made smaller while a note is typed shows the flag whole at the
// new size, and the note keeps every key typed before and after.
func TestFlagStaysWholeAfterAResizeMidNote(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 120, 40)
	toPhase(t, m, "poorly")
	half := len(longFlagged) / 2
	typeKeys(m, longFlagged[:half])
	sized(m, 80, 24)
	typeKeys(m, longFlagged[half:])
	if got := m.meeting.box.box.Value(); got != longFlagged {
		t.Fatalf("the box holds %q, want every key typed: %q", got, longFlagged)
	}
	mustShowWhole(t, m, 80, 24)

	// And back up again, the rows are worked out for the new size.
	sized(m, 120, 40)
	mustShowWhole(t, m, 120, 40)
}

// The rows a flag takes stay taken while the note is typed, so the panes
// do not jump as a flag comes and goes, and are given back once the note
// is committed.
func TestFlagRowsAreHeldUntilTheNoteIsCommitted(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	before := m.meeting.lay.bodyH
	typeKeys(m, "The alarm paged the rotation and "+longFlagged)
	flagged := m.meeting.lay.bodyH
	if flagged >= before {
		t.Fatalf("the panes kept %d rows with a long flag under the box (%d before)", flagged, before)
	}
	if flagged < minPaneRows {
		t.Errorf("the panes were left %d rows, fewer than %d", flagged, minPaneRows)
	}
	for len(m.meeting.box.findings) > 0 {
		send(m, ctrl('w'))
	}
	if m.meeting.box.box.Empty() {
		t.Fatal("the box was emptied before the flag went")
	}
	if got := m.meeting.lay.bodyH; got != flagged {
		t.Errorf("the panes moved from %d to %d rows while the note was typed", flagged, got)
	}
	send(m, enter)
	if got := m.meeting.lay.bodyH; got != before {
		t.Errorf("after the note was committed the panes have %d rows, want %d back", got, before)
	}
}

// A note with several flags shows the first, as it always has, and says
// how many more there are before the explanation, where shortening it
// cannot hide the count.
func TestSeveralFlagsSayHowMany(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	typeKeys(m, "Tom should have checked the dashboard. Human error.")
	fs := m.meeting.box.findings
	if len(fs) != 2 {
		t.Fatalf("want two flags on the note, got %d", len(fs))
	}
	mustContain(t, plain(m), "⚑ "+fs[0].Category+" (+1 more) ")
}

// flagBlock at sizes smaller than 80x24: the explanation gives way first,
// then the rewrite's and the question's extra lines; whatever is cut ends
// at a word, and no line is wider than the window.
func TestFlagBlockGivesWayInOrder(t *testing.T) {
	st := NewStyles(true)
	f := phrasing.Finding{
		Category: "counterfactual", Message: "Counterfactual about what someone should have done; it judges the past with what we know now.",
		Suggestion: "The checkout deploy was not rolled back sooner after the alarm paged the rotation",
		Question:   "What made rolling back the checkout deploy sooner after the alarm hard at the time?",
	}
	block := func(w, room, explain int) []string {
		out := flagBlock(st, f, 0, w, room, explain)
		for i, l := range out {
			out[i] = ansi.Strip(l)
			if ansi.StringWidth(l) > w {
				t.Errorf("w=%d room=%d: a line of %d cells: %q", w, room, ansi.StringWidth(l), out[i])
			}
		}
		if len(out) > room {
			t.Errorf("w=%d room=%d: %d lines", w, room, len(out))
		}
		return out
	}
	joined := func(lines []string) string { return strings.Join(lines, "\n") }

	// Room for everything: the explanation has its two lines.
	all := block(60, 10, 2)
	if len(all) != 2+2+2 || !strings.HasPrefix(all[0], "⚑ counterfactual Counterfactual about") {
		t.Fatalf("with room the block is\n%s", joined(all))
	}
	if got := shownAfter(joined(all), "  → "); got != f.Suggestion {
		t.Errorf("rewrite shown as %q", got)
	}
	// One row less: the explanation is shortened at a word, not dropped.
	less := block(60, 5, 2)
	why := strings.TrimPrefix(less[0], "⚑ counterfactual ")
	if !strings.HasSuffix(why, "…") || !cutAtWord(f.Message, why) {
		t.Errorf("a shortened explanation should end at a word with …: %q", why)
	}
	// No room for the flag's line: the rewrite and the question stay whole.
	tight := block(60, 4, 1)
	if strings.HasPrefix(tight[0], "⚑") {
		t.Errorf("with four rows the flag's line should give way:\n%s", joined(tight))
	}
	if shownAfter(joined(tight), "  → ") != f.Suggestion || shownAfter(joined(tight), "  ask the room: ") != f.Question {
		t.Errorf("with four rows the rewrite and the question should be whole:\n%s", joined(tight))
	}
	// Two rows: one line each, each cut at a word.
	two := block(60, 2, 1)
	if len(two) != 2 || !strings.HasPrefix(two[0], "  → ") || !strings.HasPrefix(two[1], "  ask the room: ") {
		t.Fatalf("with two rows the block is\n%s", joined(two))
	}
	if got := strings.TrimPrefix(two[1], "  ask the room: "); !cutAtWord(f.Question, got) {
		t.Errorf("the question cut to one line should end at a word: %q", got)
	}
	// A question longer than flagCap lines ends at a word with "…".
	f.Question = strings.Repeat("What made the pool run dry at the time? ", 12)
	capped := block(40, 20, 1)
	if got := shownAfter(joined(capped), "  ask the room: "); !cutAtWord(strings.TrimSpace(f.Question), got) || !strings.HasSuffix(got, "…") {
		t.Errorf("a question past %d lines should end at a word with …: %q", flagCap, got)
	}
	if n := len(capped) - 1 - len(wrapHanging(f.Suggestion, 36, 36)); n != flagCap {
		t.Errorf("the question took %d lines, want %d:\n%s", n, flagCap, joined(capped))
	}
}

// A long flagged note being typed fits every window, from 1x1 up, and
// loses nothing as the window changes size under it.
func TestFlaggedNoteFitsEverySize(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	typeKeys(m, longFlagged)
	fits(t, "a flagged note", m)
	if got := m.meeting.box.box.Value(); got != longFlagged {
		t.Errorf("after the resizes the box holds %q", got)
	}
}

// Taking the rewrite with tab gives the rows back at once: the scribe
// answered the flag.
func TestTakingTheRewriteGivesTheRowsBack(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	before := m.meeting.lay.bodyH
	typeKeys(m, longFlagged)
	if m.meeting.lay.bodyH >= before {
		t.Fatal("the flag took no rows")
	}
	send(m, tab)
	if m.meeting.box.box.Empty() || len(m.meeting.box.findings) > 0 {
		t.Fatalf("tab should leave the rewrite, unflagged, in the box: %q", m.meeting.box.box.Value())
	}
	if got := m.meeting.lay.bodyH; got != before {
		t.Errorf("after tab the panes have %d rows, want %d back", got, before)
	}
}

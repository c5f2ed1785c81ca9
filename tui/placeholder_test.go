package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// everyPlaceholder is the placeholder of every box debrief shows.
func everyPlaceholder(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, c := range []agenda.Capture{agenda.CaptureTimeline, agenda.CaptureActions, agenda.CaptureImpact,
		agenda.CapturePoorly, agenda.CaptureWell, ""} {
		_, ph := boxLabel(c, false)
		out = append(out, ph)
	}
	_, summary := boxLabel("", true)
	var cm composer
	cm.why(1)
	ask := importPrompt{}
	ask.start()
	out = append(out, summary, cm.box.placeholder, ask.box.placeholder)
	st := mustFold(t, closedThenDone())
	forms := []*fieldForm{impactForm(newCommon(true), st), newSetupForm(newCommon(true), model.Setup{}, "Setup")}
	for _, f := range forms {
		for _, fl := range f.fields {
			out = append(out, fl.box.placeholder)
		}
	}
	return out
}

// TestPlaceholdersAreBracketedWithoutColour: on a terminal without
// colour or italics a placeholder still does not read as typed text: it
// is in brackets, and an example says "e.g.". Typed text never is.
func TestPlaceholdersAreBracketedWithoutColour(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "actions")
	mustContain(t, plain(m), "action › [e.g. Add pool alert @alice due:+14d")
	typeKeys(m, "Add")
	if s := plain(m); strings.Contains(s, "[e.g.") || !strings.Contains(s, "action › Add") {
		t.Fatalf("typed text is drawn as a placeholder:\n%s", s)
	}
	st := NewStyles(true)
	for _, ph := range everyPlaceholder(t) {
		if ph == "" {
			t.Fatal("a box without a placeholder in the list")
		}
		b := noteBox{placeholder: ph}
		for _, focused := range []bool{true, false} {
			got := ansi.Strip(b.View(st, 100, 1, focused, nil))
			if got != "["+ph+"]" {
				t.Errorf("placeholder %q drawn as %q", ph, got)
			}
		}
	}
}

// TestPlaceholdersAreCutAtAWord: where a box is narrow (the timeline's at
// 60x20) its placeholder ends at a whole word, still in brackets.
func TestPlaceholdersAreCutAtAWord(t *testing.T) {
	st := NewStyles(true)
	for _, ph := range everyPlaceholder(t) {
		b := noteBox{placeholder: ph}
		for w := 8; w <= 80; w++ {
			got := ansi.Strip(b.View(st, w, 1, true, nil))
			if ansi.StringWidth(got) > w || !strings.HasPrefix(got, "[") || !strings.HasSuffix(got, "]") {
				t.Fatalf("%q at width %d: %q", ph, w, got)
			}
			inner := strings.TrimSuffix(strings.TrimPrefix(got, "["), "]")
			cut, ok := strings.CutSuffix(inner, "…")
			if !ok {
				continue
			}
			// Only a first word longer than the box is cut inside.
			if !strings.HasPrefix(ph, cut) || ph[len(cut)] != ' ' && strings.Contains(cut, " ") {
				t.Errorf("%q at width %d is cut mid-word: %q", ph, w, got)
			}
		}
	}
	m, _, _ := started(t)
	sized(m, 60, 20)
	toPhase(t, m, "timeline")
	mustContain(t, plain(m), "timeline › [e.g. 09:14 what happened")
}

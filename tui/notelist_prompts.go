package tui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
)

// promptLines are the facilitator's prompts for the phase, fewer as the
// notes fill the pane; free is the pane's height under its title and
// above its footer.
func (m *noteList) promptLines(w, h, free int) []string {
	st := m.c.styles
	p := m.phase
	limit := len(p.Prompts)
	// With no notes yet, the prompts may have all but the blank line
	// under them and the "no notes yet" line.
	budget := max(0, free-2)
	if len(m.rows) > 0 {
		// The prompts may have what the notes leave (and a blank line
		// between; the pane keeps two lines for notes); only when the notes need more are they cut to half
		// the pane, so a few notes do not hide the Prime Directive the
		// room is to read aloud.
		budget = free - 1 - max(2, notesNeed(m, free))
		if budget < h/2 {
			budget = h / 2
			limit = min(limit, max(0, h/4))
		}
		// The note just committed is shown whole when the pane can hold
		// it: the prompts give way to it, down to none.
		// Taller than the pane, it has all of the pane: the scribe reads
		// as much as fits of what was just flagged.
		newest := len(m.rowLines(len(m.rows)-1)) + min(1, len(m.rows)-1)
		budget = min(budget, max(0, free-1-newest))
	}
	// Each prompt is kept whole or left out: a prompt cut after its first
	// line reads as if it said something else.
	var groups [][]string
	cuttable := -1 // the open items list may be cut; a prompt may not
	for _, pr := range p.Prompts[:limit] {
		var g []string
		for i, l := range wrapText(inert(pr), max(1, w-gutterW)) {
			lead := "· "
			if i > 0 {
				lead = "  "
			}
			g = append(g, st.Notes.Prompt.Render(lead+l))
		}
		groups = append(groups, g)
	}
	if p.Capture == agenda.CaptureOpening {
		// The attendees are shown all or none: one name alone reads as
		// the whole room.
		var room []string
		for _, a := range m.st.Setup.Attendees {
			room = append(room, st.Muted.Render(ansi.Truncate("  "+inert(a.Name)+" — "+string(a.Role), w, "…")))
		}
		if len(room) > 0 {
			groups = append(groups, room)
		}
		if m.opening != nil {
			// What earlier reviews left open comes first: on a small
			// screen it is what the prompts' cut leaves.
			groups = append([][]string{m.opening(w)}, groups...)
			cuttable = 0
		}
	}
	// A prompt too long for the rows left is left out and the shorter
	// ones after it still shown, rather than rows left blank.
	var out []string
	for i, g := range groups {
		if budget >= 0 && len(out)+len(g) > budget {
			if i == cuttable {
				out = append(out, g[:budget-len(out)]...)
			}
			continue
		}
		out = append(out, g...)
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, "")
}

// notesNeed is how many lines the notes take, counted from the newest and
// no further than max, so the count does not grow with the session; with
// more than one note, the window keeps a line for "more above".
func notesNeed(m *noteList, max int) int {
	n := 0
	for i := len(m.rows) - 1; i >= 0 && n <= max; i-- {
		n += len(m.rowLines(i))
	}
	if len(m.rows) > 1 {
		n++
	}
	return n
}

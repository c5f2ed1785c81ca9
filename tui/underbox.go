package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// underBox is the lines under the note box: a flag on the text being typed
// with its rewrite and the question for the room, or what the phase makes
// of the text. They are worked out in Update, so View only reads them.
type underBox struct {
	lines []string
	// held is the rows the lines took for the text being typed, kept
	// until the box is empty, so the panes above do not jump as a flag
	// comes and goes while a note is typed.
	held int
}

// fit works out the lines for what box holds in the room base leaves
// them, and returns the rows they should have.
func (u *underBox) fit(st Styles, box *composer, typing bool, base layout) int {
	u.lines = nil
	if typing {
		u.lines = underLines(st, box, base)
	}
	if !typing || box.box.Empty() {
		u.held = 0
	}
	u.held = max(u.held, len(u.lines))
	return u.held
}

// underLines is the lines under the box, each fitted to the window's
// width: a flag takes the rows it needs, up to what the panes can spare;
// any other line keeps to the rows the window gives it.
func underLines(st Styles, box *composer, base layout) []string {
	room := base.liveRoom()
	if room <= 0 {
		return nil
	}
	w := base.w
	if fs := box.findings; len(fs) > 0 {
		explain := 1
		if base.h >= 30 {
			// A tall window has a row for the rule's whole explanation.
			explain = 2
		}
		return findingsBlock(st, fs, w, room, explain)
	}
	live := box.LiveLines()
	if len(live) == 1 && base.liveLines > 1 && ansi.StringWidth(live[0]) > w {
		// A reason with no rewrite under it gets both lines.
		live = strings.Split(ansi.Wrap(live[0], w, " "), "\n")
	}
	live = live[:min(len(live), base.liveLines)]
	for i := range live {
		live[i] = ansi.Truncate(live[i], w, "…")
	}
	return live
}

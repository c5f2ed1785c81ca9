package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/debrief-dev/debrief/model"
)

// common is what every component needs and none owns: the size, the
// styles, the keys and the time of the message being handled. The root
// sets it in Update; components read it, never write it.
type common struct {
	styles Styles
	keys   keyMap
	help   help.Model
	width  int
	height int
	// now is read from the clock once per Update, so View never reads it.
	now time.Time
	// mayEdit says whether this person may change a note; nil lets them
	// change any (a participant in a served meeting changes only theirs).
	mayEdit func(n *model.Note) bool
	// tickLag is how long after the whole second the clock ticks.
	tickLag time.Duration
	// badZones holds the setup zone names found not to be zones, with why.
	badZones map[string]error
}

func newCommon(isDark bool) *common {
	c := &common{styles: NewStyles(isDark), keys: defaultKeyMap(), help: help.New(), width: 80, height: 24}
	c.setHelpStyles()
	return c
}

func (c *common) setStyles(isDark bool) {
	c.styles = NewStyles(isDark)
	c.setHelpStyles()
}

func (c *common) setHelpStyles() {
	hs := help.DefaultStyles(c.styles.IsDark)
	hs.ShortKey, hs.ShortDesc = c.styles.Help.Key, c.styles.Help.Desc
	hs.FullKey, hs.FullDesc = c.styles.Help.Key, c.styles.Help.Desc
	c.help.Styles = hs
}

// layout is where the meeting screen's parts go at one size, worked out
// once per resize from the styles' own frame sizes.
type layout struct {
	w, h int
	// wide puts the agenda column beside the phase pane.
	wide bool
	// bodyH is the height of the agenda column and phase pane together.
	bodyH int
	// sideW and mainW are outer widths; the inner ones are what a pane's
	// content may use.
	sideW, mainW                  int
	sideInnerW, sideInnerH        int
	mainInnerW, mainInnerH        int
	boxLines, liveLines, statusOn int
	helpLines                     int
	// clockScale is how many cells wide and rows tall each cell of the big
	// clock's font is drawn: 0 hides it.
	clockScale int
}

// bottomHeight is the rows under the panes: box, live line, status, help.
func (l layout) bottomHeight() int { return l.boxLines + l.liveLines + l.statusOn + l.helpLines }

func computeLayout(st Styles, w, h int, noInput bool) layout {
	l := layout{w: w, h: h, boxLines: 1}
	switch {
	case h >= 30:
		l.boxLines = 3
	case h >= 16:
		l.boxLines = 2
	}
	switch {
	case h >= 30:
		l.liveLines = 3 // the flag, its rewrite, the question for the room
	case h >= 10:
		l.liveLines = 2
	}
	if h >= 8 {
		l.statusOn = 1
	}
	// The help wraps rather than hiding keys: three lines hold every
	// notes-list key at 80 columns. 23 rows is a 24-row terminal in a
	// served meeting, whose last row says who is there.
	switch {
	case h >= 23:
		l.helpLines = 3
	case h >= 20:
		l.helpLines = 2
	default:
		l.helpLines = 1
	}
	l.bodyH = max(0, h-1-l.bottomHeight())
	if noInput {
		l.boxLines, l.liveLines, l.statusOn, l.helpLines = 0, 0, 0, 0
		l.bodyH = max(0, h-1)
	}
	l = l.placePanes(st)
	clockW := lipgloss.Width(bigClock("+00:00", 1)[0])
	switch {
	case !l.wide:
	case l.sideInnerH >= 40 && clockW*2 <= l.sideInnerW:
		l.clockScale = 2
	case l.sideInnerH >= 14 && clockW <= l.sideInnerW:
		l.clockScale = 1
	}
	return l
}

// minPaneRows is the least the agenda column and the phase pane keep when
// a flag under the note box takes rows from them: the wide layout's own
// least height, so the column beside the notes stays while a note is typed.
const minPaneRows = 8

// liveRoom is the most rows the lines under the note box may take: their
// own and whatever the panes can spare above minPaneRows.
func (l layout) liveRoom() int {
	if l.liveLines == 0 {
		return 0
	}
	return l.liveLines + max(0, l.bodyH-minPaneRows)
}

// withLive is the layout with n rows under the note box, taken from the
// panes above, never fewer than the layout gives nor more than liveRoom.
// The big clock keeps the size the window gave it: the agenda column
// draws it smaller itself when its lines do not fit.
func (l layout) withLive(st Styles, n int) layout {
	n = max(l.liveLines, min(n, l.liveRoom()))
	l.bodyH -= n - l.liveLines
	l.liveLines = n
	return l.placePanes(st)
}

// placePanes works out the panes' sizes from the body's height.
func (l layout) placePanes(st Styles) layout {
	w := l.w
	fw, fh := st.Pane.GetHorizontalFrameSize(), st.Pane.GetVerticalFrameSize()
	l.wide = w >= 72 && l.bodyH >= minPaneRows
	if !l.wide {
		l.sideW, l.sideInnerW, l.sideInnerH = 0, 0, 0
		l.mainW, l.mainInnerW, l.mainInnerH = w, w, l.bodyH
		return l
	}
	// The agenda column grows with the window so phase names fit on a
	// projector, but never takes more than a third of it.
	l.sideW = min(max(32, w/4), 56, w/3)
	l.mainW = w - l.sideW
	l.sideInnerW, l.sideInnerH = max(1, l.sideW-fw), max(1, l.bodyH-fh)
	l.mainInnerW, l.mainInnerH = max(1, l.mainW-fw), max(1, l.bodyH-fh)
	return l
}

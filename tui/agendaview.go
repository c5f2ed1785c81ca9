package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// agendaPane is the facilitator's column: the big clock, the phases (done,
// now, next), the meeting's total, flags and the parking lot. It is drawn
// in Update (on the tick, on events, on resize); View returns the drawing.
type agendaPane struct {
	c      *common
	st     *model.State
	flags  *flagBook
	width  int
	height int
	scale  int
	// parked is the parking lot as last read: finding it walks every
	// note, so it is read on the tick and on events, not per height.
	parked []*model.Note
	view   string
}

func (m *agendaPane) setSize(w, h, scale int) {
	m.width, m.height, m.scale = w, h, scale
	m.refresh()
}

// setHeight draws the column at another height from what was last read,
// as the rows under the note box grow or shrink while a note is typed.
func (m *agendaPane) setHeight(h int) {
	m.height = h
	m.draw()
}

// View is the column as last drawn.
func (m *agendaPane) View() string { return m.view }

// refresh reads the meeting and draws the column.
func (m *agendaPane) refresh() {
	m.parked = m.st.Parked()
	m.draw()
}

func (m *agendaPane) draw() {
	if m.width < 1 || m.height < 1 {
		m.view = ""
		return
	}
	lines, phasesEnd := m.lines(m.scale, 0)
	for scale := m.scale - 1; len(lines) > m.height && scale >= 0; scale-- {
		// A smaller clock before anything else is cut.
		lines, phasesEnd = m.lines(scale, 0)
	}
	// Then one line for a phase at a time, the longest ago first, so the
	// phases still to come and the meeting's total are not cut off the
	// bottom of a short window, and no name is shortened that had room
	// to wrap.
	for n := 1; phasesEnd+2 > m.height && n <= len(m.st.Agenda.Phases); n++ {
		lines, phasesEnd = m.lines(0, n)
	}
	m.view = clip(strings.Join(lines, "\n"), m.width, m.height)
}

// lines draws the column with the first oneLine phases, in the order
// compactOrder gives, on one line each; phasesEnd is how many lines it
// takes to show the last phase.
func (m *agendaPane) lines(scale, oneLine int) (lines []string, phasesEnd int) {
	st := m.c.styles
	now := m.c.now
	s := m.st
	width := m.width
	if p, ok := s.Phase(); ok {
		t := s.Timer()
		status := t.Status(now, s.Agenda.WarnBefore(), s.Paused)
		cs := clockStyle(st, status)
		for _, l := range wrapText(inert(p.Title), width) {
			lines = append(lines, st.Agenda.Now.Render(l))
		}
		left := remaining(t, now)
		digits := fmtClock(left)
		if left < 0 {
			digits = "+" + digits
		}
		if scale > 0 {
			big := bigClock(digits, scale)
			if lipgloss.Width(big[0]) <= width {
				for _, r := range big {
					lines = append(lines, cs.Render(r))
				}
			}
		}
		lines = append(lines, cs.Render(clockText(left, status)))
		if status == agenda.Warning {
			lines = append(lines, st.Warn.Render("time is nearly up"))
		}
	} else if s.Ended() {
		lines = append(lines, st.Agenda.Now.Render("Wrap-up"))
	}
	lines = append(lines, "")
	short := compactOrder(len(s.Agenda.Phases), s.Current, oneLine)
	for i, p := range s.Agenda.Phases {
		lines = append(lines, m.phaseLine(i, p, now, short[i])...)
	}
	phasesEnd = len(lines)
	lines = append(lines, "")
	lines = append(lines, st.Muted.Render(fmt.Sprintf("meeting %s of %s", fmtClock(s.Elapsed(now)), fmtClock(s.Agenda.Planned()+extraTotal(s)))))
	fs := st.Muted
	if m.flags.total > 0 {
		fs = st.Warn
	}
	for _, l := range flagsLines(m.flags, s, width) {
		lines = append(lines, fs.Render(l))
	}
	if s.Trigger != "" {
		lines = append(lines, st.Muted.Render(shortenAtWord("trigger: "+inert(s.Trigger), width)))
	}
	if parked := m.parked; len(parked) > 0 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("parking lot %d", len(parked))))
		for _, n := range parked[max(0, len(parked)-3):] {
			lines = append(lines, st.Notes.Parked.Render("  "+shortenAtWord(inert(n.Text), width-2)))
		}
	}
	return lines, phasesEnd
}

// compactOrder marks the first n phases to put on one line: those done,
// the longest ago first, then those to come, the last first. The phase
// now keeps its whole name.
func compactOrder(phases, current, n int) []bool {
	short := make([]bool, phases)
	for i := 0; i < phases && n > 0; i++ {
		if i < current {
			short[i] = true
			n--
		}
	}
	for i := phases - 1; i > current && n > 0; i-- {
		short[i] = true
		n--
	}
	return short
}

// flagsLines says how many notes' flags are open in the meeting and in
// this phase, in words, on a second line when the column is too narrow
// for one.
func flagsLines(b *flagBook, s *model.State, w int) []string {
	if b.total == 0 {
		return []string{"no open flags"}
	}
	total := fmt.Sprintf("%d open %s", b.total, plural(b.total, "flag", "flags"))
	p, ok := s.Phase()
	if !ok {
		return []string{total}
	}
	here := "none in this phase"
	if n := b.byPhase[p.ID]; n > 0 {
		here = fmt.Sprintf("%d in this phase", n)
	}
	if one := total + " · " + here; ansi.StringWidth(one) <= w {
		return []string{one}
	}
	return []string{total, "  " + here}
}

// phaseLine is one phase of the agenda with its time: planned for phases
// to come, used of planned for the others. A name too long for the column
// wraps rather than being cut, unless oneLine asks for it cut to one line.
func (m *agendaPane) phaseLine(i int, p agenda.Phase, now time.Time, oneLine bool) []string {
	st := m.c.styles
	s := m.st
	mark, style := "·", st.Agenda.Later
	switch {
	case i < s.Current:
		mark, style = "✓", st.Agenda.Done
	case i == s.Current:
		mark, style = "▶", st.Agenda.Now
	case i == s.Current+1:
		mark, style = "›", st.Agenda.Next
	}
	t := s.Timers[i]
	// Phases to come show their plan, phases done the time they took,
	// and the current one both.
	times := fmtClock(p.Planned() + t.Extra)
	switch el := t.Elapsed(now); {
	case i == s.Current:
		times = fmtClock(el) + "/" + times
	case i < s.Current || el > 0:
		// A phase no longer running shows its time rounded, as the
		// wrap-up and the export count it, so the three agree.
		times = fmtClock(el.Round(time.Second))
	}
	room := max(1, m.width-gutterW-ansi.StringWidth(times)-1)
	title := wrapText(inert(p.Title), room)
	timesLast := false
	if full := wrapText(inert(p.Title), max(1, m.width-gutterW)); len(title) > 1 && !oneLine {
		// The name takes the whole line and the time goes after it,
		// when that takes no more lines: "What didn't go
		// well" whole, its time under it, not one word a line.
		last := ansi.StringWidth(full[len(full)-1]) + 1 + ansi.StringWidth(times)
		if last > m.width-gutterW {
			full = append(full, "")
		}
		if len(full) <= len(title) {
			title, timesLast = full, true
		}
	}
	if oneLine && len(title) > 1 {
		// A name that would be cut gives up its time first (the wrap-up
		// and the export have it); only a name too long for the whole
		// line is shortened, at a word.
		title = []string{shortenAtWord(inert(p.Title), max(1, m.width-gutterW))}
		times = ""
	}
	var out []string
	for j, l := range title {
		lead := mark + " "
		if j > 0 {
			lead = "  "
		}
		right := ""
		if (j == 0 && !timesLast) || (timesLast && j == len(title)-1) {
			right = times
		}
		gap := max(1, m.width-gutterW-ansi.StringWidth(l)-ansi.StringWidth(right))
		if right == "" {
			gap = 0
		}
		out = append(out, style.Render(ansi.Truncate(lead+l+strings.Repeat(" ", gap)+right, m.width, "…")))
	}
	return out
}

func extraTotal(s *model.State) (d time.Duration) {
	for _, t := range s.Timers {
		d += t.Extra
	}
	return d
}

func clockStyle(st Styles, s agenda.Status) lipgloss.Style {
	c := st.Clock
	switch s {
	case agenda.Warning:
		return c.Warning
	case agenda.Overtime:
		return c.Overtime
	case agenda.Paused:
		return c.Paused
	case agenda.Running:
		return c.Running
	}
	return c.Idle
}

// remaining is the time left counted from the whole seconds elapsed, so
// the clock and the agenda's "used of planned" always add up.
func remaining(t agenda.Timer, now time.Time) time.Duration {
	return t.Planned + t.Extra - t.Elapsed(now).Truncate(time.Second)
}

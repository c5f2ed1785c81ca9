package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
)

// viewAgenda draws the facilitator's column: the big clock, the phases
// (done, now, next), the meeting's total, flags and the parking lot.
func (m *Model) viewAgenda(width, height int) string {
	st := m.styles
	now := m.now()
	s := m.state
	var lines []string
	if p, ok := s.Phase(); ok {
		t := s.Timer()
		status := t.Status(now, s.Agenda.WarnBefore(), s.Paused)
		cs := m.clockStyle(status)
		lines = append(lines, st.Agenda.Now.Render(ansi.Truncate(inert(p.Title), width, "…")))
		left := t.Remaining(now)
		digits := fmtClock(left)
		if left < 0 {
			digits = "+" + digits
		}
		if height >= 16 && lipgloss.Width(bigClock(digits)[0]) <= width {
			for _, r := range bigClock(digits) {
				lines = append(lines, cs.Render(r))
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
	for i, p := range s.Agenda.Phases {
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
		times := fmtClock(p.Planned() + t.Extra)
		if el := t.Elapsed(now); el > 0 || i <= s.Current {
			times = fmtClock(el) + "/" + fmtClock(p.Planned()+t.Extra)
		}
		title := inert(p.Title)
		room := max(1, width-ansi.StringWidth(times)-3)
		title = ansi.Truncate(title, room, "…")
		gap := max(1, width-2-ansi.StringWidth(title)-ansi.StringWidth(times))
		lines = append(lines, style.Render(mark+" "+title+strings.Repeat(" ", gap)+times))
	}
	lines = append(lines, "")
	lines = append(lines, st.Muted.Render(fmt.Sprintf("meeting %s / %s", fmtClock(s.Elapsed(now)), fmtClock(s.Agenda.Planned()+m.extraTotal()))))
	flags := fmt.Sprintf("flags %d", m.meeting.totalFlags)
	if id := m.phaseID(); id != "" {
		flags += fmt.Sprintf(" · this phase %d", m.meeting.phaseFlags[id])
	}
	fs := st.Muted
	if m.meeting.totalFlags > 0 {
		fs = st.Warn
	}
	lines = append(lines, fs.Render(flags))
	if parked := m.meeting.view.parked; len(parked) > 0 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("parking lot %d", len(parked))))
		for _, n := range parked[max(0, len(parked)-3):] {
			lines = append(lines, st.Notes.Parked.Render(ansi.Truncate("  "+inert(n.Text), width, "…")))
		}
	}
	return clip(strings.Join(lines, "\n"), width, height)
}

func (m *Model) extraTotal() (d time.Duration) {
	for _, t := range m.state.Timers {
		d += t.Extra
	}
	return d
}

func (m *Model) clockStyle(s agenda.Status) lipgloss.Style {
	c := m.styles.Clock
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

package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// viewWrapUp is the screen after the last phase: what is still open and
// what to do next, so the meeting ends with decisions rather than drift.
func (m *Model) viewWrapUp(w, h int) string {
	st := m.styles
	s := m.state
	now := m.now()
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range strings.Split(ansi.Wrap(text, max(1, w), " "), "\n") {
			lines = append(lines, style(l))
		}
	}
	title := st.PaneTitle.Render
	lines = append(lines, title("Wrap-up"), "")

	data := m.meeting.view.wrapup
	if data == nil {
		data = m.wrapupData()
	}
	checks := data.checks
	if len(checks) == 0 {
		add(st.Good.Render, "✓ the action items pass the checklist")
	} else {
		lines = append(lines, title(fmt.Sprintf("Action-item checks failing (%d)", len(checks))))
		for _, c := range checks {
			where := "all items"
			if c.Item > 0 {
				where = fmt.Sprintf("item %d", c.Item)
			}
			add(st.Warn.Render, fmt.Sprintf("✗ %s: %s", where, c.Reason))
		}
	}
	lines = append(lines, "")

	open := data.openByCategory
	if len(open) == 0 {
		add(st.Good.Render, "✓ no open phrasing flags")
	} else {
		var parts []string
		for _, c := range sortedKeys(open) {
			parts = append(parts, fmt.Sprintf("%s %d", c, open[c]))
		}
		lines = append(lines, title(fmt.Sprintf("Open phrasing flags (%d)", m.meeting.totalFlags)))
		add(st.Warn.Render, strings.Join(parts, " · ")+": go back (ctrl+p) to reword or dismiss them")
	}
	lines = append(lines, "")

	lines = append(lines, title("Time per phase (planned → actual)"))
	for i, p := range s.Agenda.Phases {
		t := s.Timers[i]
		planned := p.Planned() + t.Extra
		actual := t.Elapsed(now)
		diff := actual - planned
		sign := "+"
		style := st.Warn.Render
		if diff <= 0 {
			sign, style = "-", st.Muted.Render
		}
		col := max(1, min(w-26, 24))
		name := ansi.Truncate(inert(p.Title), col, "…")
		pad := strings.Repeat(" ", max(0, col-ansi.StringWidth(name)))
		add(style, fmt.Sprintf("%s%s %6s → %6s  %s%s", name, pad, fmtClock(planned), fmtClock(actual), sign, fmtClock(diff)))
	}
	lines = append(lines, "")

	lines = append(lines, title("Next"))
	if s.Summary == "" {
		add(st.Muted.Render, "· type the summary below, enter saves it (until then the export drafts one from the notes)")
	} else {
		add(st.Muted.Render, "· summary saved; type below to change it")
	}
	if len(s.Parked()) > 0 {
		add(st.Muted.Render, fmt.Sprintf("· %d parked topics: give each an owner outside this meeting", len(s.Parked())))
	}
	add(st.Muted.Render, "· ctrl+o: export the postmortem next to the session file and preview it")
	add(st.Muted.Render, "· file each action item's ticket before publishing; ctrl+c saves and quits")
	return clip(strings.Join(lines, "\n"), w, h)
}

// wrapupData is what the wrap-up lists, worked out once per change.
type wrapupData struct {
	checks         []model.Check
	openByCategory map[string]int
}

func (m *Model) wrapupData() *wrapupData {
	return &wrapupData{checks: m.state.Checks(m.now()), openByCategory: m.openFlagsByCategory()}
}

func (m *Model) openFlagsByCategory() map[string]int {
	out := map[string]int{}
	for id, fs := range m.meeting.flags {
		n, ok := m.state.Note(id)
		if !ok {
			continue
		}
		for _, f := range fs {
			if !n.IsDismissed(f.Rule) {
				out[f.Category]++
			}
		}
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// setupForm is the screen before the meeting: what it is about and who is
// there. Flags prefill it; ctrl+n starts the meeting.
type setupForm struct {
	fields []formField
	focus  int
	err    string
}

const (
	setupTitle = iota
	setupService
	setupSeverity
	setupDate
	setupZone
	setupAttendees
)

func newSetupForm(s model.Setup) setupForm {
	sev := string(s.Severity)
	if sev == "" {
		sev = string(model.SEV2)
	}
	var att []string
	for _, a := range s.Attendees {
		att = append(att, a.Name+":"+string(a.Role))
	}
	f := setupForm{}
	for _, v := range []struct{ label, val, hint string }{
		{"Title", s.Title, "one line: what failed"},
		{"Service", s.Service, "the service that failed, e.g. payments"},
		{"Severity", sev, "SEV-1 to SEV-4 (ctrl+←/→ changes)"},
		{"Incident date", s.IncidentDate, "YYYY-MM-DD (empty: today, UTC)"},
		{"Time zone", s.TimeZone, "zone timeline times are typed in (empty: UTC)"},
		{"Attendees", strings.Join(att, ", "), "Ana:facilitator, Bo:scribe, Cy:ic, Di:owner, Ed"},
	} {
		ff := formField{label: v.label, hint: v.hint}
		ff.box.SetValue(v.val)
		ff.box.placeholder = v.hint
		f.fields = append(f.fields, ff)
	}
	return f
}

func (f *setupForm) paste(s string) {
	f.fields[f.focus].box.Insert(clean(s, false))
}

// value reads the form into a Setup, or says which field is wrong.
func (f *setupForm) value(now time.Time) (model.Setup, error) {
	v := func(i int) string { return strings.TrimSpace(f.fields[i].box.Value()) }
	s := model.Setup{Title: v(setupTitle), Service: v(setupService), TimeZone: v(setupZone)}
	sev, err := model.ParseSeverity(v(setupSeverity))
	if err != nil {
		return s, fmt.Errorf("Severity: %v", err)
	}
	s.Severity = sev
	s.IncidentDate = v(setupDate)
	if s.IncidentDate == "" {
		s.IncidentDate = now.UTC().Format("2006-01-02")
	} else if _, err := time.Parse("2006-01-02", s.IncidentDate); err != nil {
		return s, fmt.Errorf("Incident date: %q is not a date like 2026-11-19", s.IncidentDate)
	}
	if strings.EqualFold(s.TimeZone, "utc") {
		s.TimeZone = ""
	}
	if s.TimeZone != "" {
		if _, err := time.LoadLocation(s.TimeZone); err != nil {
			return s, fmt.Errorf("Time zone: %q is not a zone like Europe/Berlin", s.TimeZone)
		}
	}
	if s.Attendees, err = model.ParseAttendees(v(setupAttendees)); err != nil {
		return s, fmt.Errorf("Attendees: %v", err)
	}
	return s, nil
}

func (m *Model) updateSetup(msg tea.KeyPressMsg) tea.Cmd {
	f := &m.setup
	k := m.keys
	switch {
	case matches(msg, k.Next):
		m.startMeeting()
	case matches(msg, k.FieldNext), msg.String() == "enter":
		f.focus = (f.focus + 1) % len(f.fields)
	case matches(msg, k.FieldPrev):
		f.focus = (f.focus + len(f.fields) - 1) % len(f.fields)
	case f.focus == setupSeverity && matches(msg, k.FieldCycle):
		cur, _ := model.ParseSeverity(f.fields[setupSeverity].box.Value())
		i := max(0, cur.Level()-1)
		if msg.String() == "ctrl+right" {
			i = (i + 1) % len(model.Severities)
		} else {
			i = (i + len(model.Severities) - 1) % len(model.Severities)
		}
		f.fields[setupSeverity].box.SetValue(string(model.Severities[i]))
	default:
		f.fields[f.focus].box.HandleKey(msg)
	}
	return nil
}

// startMeeting records the setup and the agenda, then starts phase one.
func (m *Model) startMeeting() {
	s, err := m.setup.value(m.now())
	if err != nil {
		m.setup.err = err.Error()
		return
	}
	if s.Title == "" {
		s.Title = "Untitled incident"
	}
	ag := m.opt.Agenda
	if len(ag.Phases) == 0 {
		ag = agenda.Default()
	}
	m.emit(model.Event{Kind: model.SessionCreated, Setup: &s, Agenda: &ag})
	m.emit(model.Event{Kind: model.PhaseStarted, Phase: ag.Phases[0].ID})
	m.screen = screenMeeting
	m.meeting = newMeeting(m)
}

func (m *Model) viewSetup() string {
	st := m.styles
	f := &m.setup
	w := min(m.width, 90)
	inner := max(1, w-4)
	var lines []string
	lines = append(lines, st.Title.Render("debrief · a blameless postmortem review"), "")
	lw := 14
	if inner < 40 {
		lw = 9
	}
	for i, fl := range f.fields {
		style := st.Muted
		if i == f.focus {
			style = st.Box.Label
		}
		label := style.Render(fmt.Sprintf("%-*s", lw, ansi.Truncate(fl.label, lw-1, "…")))
		for j, l := range strings.Split(fl.box.View(st, max(1, inner-lw), 2, i == f.focus, nil), "\n") {
			if j > 0 {
				label = strings.Repeat(" ", lw)
			}
			lines = append(lines, label+l)
		}
	}
	lines = append(lines, "")
	if att, err := model.ParseAttendees(f.fields[setupAttendees].box.Value()); err == nil && len(att) > 0 {
		for _, a := range att {
			lines = append(lines, st.Muted.Render("  · ")+inert(a.Name)+st.Muted.Render(" — "+string(a.Role)))
		}
		lines = append(lines, "")
	}
	if f.err != "" {
		lines = append(lines, st.Error.Render(f.err))
	}
	lines = append(lines, st.Muted.Render(fmt.Sprintf("Agenda: %s, %d phases, %s planned.", m.agendaName(), len(m.agendaPhases()), fmtDur(m.agendaPlanned()))))
	body := strings.Join(lines, "\n")
	helpLine := m.help.ShortHelpView(m.setupHelp())
	h := max(1, m.height-1)
	body = clip(body, inner, h)
	return lipgloss.JoinVertical(lipgloss.Left, lipgloss.NewStyle().Padding(0, 1).Render(body), ansi.Truncate(helpLine, m.width, "…"))
}

func (m *Model) setupHelp() []key.Binding {
	k := m.keys
	start := k.Next
	start.SetHelp("ctrl+n", "start the meeting")
	cycle := k.FieldCycle
	cycle.SetEnabled(m.setup.focus == setupSeverity)
	return []key.Binding{start, k.FieldNext, k.FieldPrev, cycle, k.Quit}
}

func (m *Model) agendaPhases() []agenda.Phase {
	if len(m.opt.Agenda.Phases) == 0 {
		return agenda.Default().Phases
	}
	return m.opt.Agenda.Phases
}

func (m *Model) agendaName() string {
	if len(m.opt.Agenda.Phases) == 0 || m.opt.Agenda.Name == "" {
		return "default"
	}
	return inert(m.opt.Agenda.Name)
}

func (m *Model) agendaPlanned() time.Duration {
	var d time.Duration
	for _, p := range m.agendaPhases() {
		d += p.Planned()
	}
	return d
}

// clip cuts rendered text to at most h lines of at most w cells.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
)

// rolePicker is the facilitator's way to change someone's role in a
// served meeting: ctrl+g turns the presence line into a picker, ←/→
// choose a person, 1 to 4 give a role, esc closes it.
type rolePicker struct {
	open bool
	// sel is the link id of the person chosen.
	sel int
}

// others is the people the facilitator may change: everyone but
// themselves.
func (sv *served) others() []serve.Presence {
	out := make([]serve.Presence, 0, len(sv.people))
	for _, p := range sv.people {
		if p.ID != sv.Link.ID() {
			out = append(out, p)
		}
	}
	return out
}

// rolesKey handles a key while the picker is open, or the key that opens
// it; ok is false for any other key.
func (sv *served) rolesKey(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if !sv.picker.open {
		if !key.Matches(msg, m.c.keys.Global.Roles) {
			return nil, false
		}
		people := sv.others()
		if len(people) == 0 {
			m.meeting.setStatus("nobody else has joined yet", false)
			return nil, true
		}
		sv.picker = rolePicker{open: true, sel: people[0].ID}
		return nil, true
	}
	people := sv.others()
	i := 0
	for j, p := range people {
		if p.ID == sv.picker.sel {
			i = j
		}
	}
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Global.Quit):
		return nil, false // quitting still quits
	case key.Matches(msg, k.Pick.Close):
		sv.picker.open = false
	case key.Matches(msg, k.Pick.Prev):
		if len(people) > 0 {
			sv.picker.sel = people[(i+len(people)-1)%len(people)].ID
		}
	case key.Matches(msg, k.Pick.Next):
		if len(people) > 0 {
			sv.picker.sel = people[(i+1)%len(people)].ID
		}
	case key.Matches(msg, k.Pick.Role):
		if len(people) == 0 {
			sv.picker.open = false
			return nil, true
		}
		a := model.Accesses[msg.Text[0]-'1']
		m.meeting.setStatus(inert(people[i].Name)+" is now a "+a.String(), false)
		return sv.Link.Promote(people[i].ID, a), true
	}
	return nil, true
}

// pickerLine is the presence line while the picker is open.
func (sv *served) pickerLine(st Styles, w int) string {
	var parts []string
	for _, p := range sv.others() {
		s := inert(p.Name) + " " + p.Access.String()
		if p.ID == sv.picker.sel {
			s = st.Mode.Render(" " + s + " ")
		}
		parts = append(parts, s)
	}
	// Which number gives which role is on the help lines above, where it
	// has the room; this line is the people.
	return ansi.Truncate("roles: "+strings.Join(parts, " · "), w, "…")
}

// syncPick gives the help lines to the picker while it is open.
func (sv *served) syncPick(m *Model) {
	if m.meeting == nil {
		return
	}
	m.meeting.pick = nil
	if sv.picker.open {
		m.meeting.pick = m.c.keys.Pick.shortHelp(m.c.keys.Global.Quit)
	}
}

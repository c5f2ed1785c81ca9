package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
)

// Served joins the meeting screen to a served meeting: the hub is the one
// writer, so the screen submits its changes to the link and folds what
// the hub sends back.
type Served struct {
	// Link is the screen's way to the hub.
	Link *serve.Link
	// Name signs this person's notes; Access is what they may change.
	Name   string
	Access model.Access
	// Policy says which phases participants write in.
	Policy model.Policy
	// Draft is what this person had typed and not committed when their
	// connection last dropped.
	Draft string
	// Host is the host's own screen: quitting it ends the meeting for
	// everyone, and its help says so.
	Host bool
	// Hint is how people join, shown on the host's screen.
	Hint string
}

// served is the root's part of a served meeting: what waits to be
// submitted, who else is here and the last word from the hub.
type served struct {
	Served
	outbox    []model.Event
	draftSent string
	people    []serve.Presence
	warning   string
	notice    string
	// line is the presence line as drawn, worked out when what it shows
	// changes rather than per frame: with fifty people it is long.
	line string
	// mark is the header's badge as drawn, worked out with line.
	mark string
	// keysLine is a viewer's help line, over the presence line.
	keysLine string
	// ended is set when the host closed the session: the screen says so
	// and stops.
	ended  bool
	picker rolePicker
	// canWrite is whether notes could be added when last checked, to say
	// so when a phase change closes the box to a participant.
	canWrite bool
	// closedNote is what the status last said about the box being closed
	// to a participant, to say it again when that changes.
	closedNote string
}

// Screen builds the meeting screen each person joining a served meeting
// gets, from the host's options: only a facilitator's screen exports.
func Screen(base Options, policy model.Policy) serve.Screen {
	return func(c serve.Client) tea.Model { return servedModel(base, policy, c, false, "") }
}

// HostScreen is the meeting screen at the host's own terminal, joined to
// the hub as c: quitting it ends the meeting for everyone. hint is how
// people join ("ssh -p 2222 host"), kept on the host's screen.
func HostScreen(base Options, policy model.Policy, c serve.Client, hint string) tea.Model {
	return servedModel(base, policy, c, true, hint)
}

func servedModel(base Options, policy model.Policy, c serve.Client, host bool, hint string) tea.Model {
	opt := base
	opt.Store, opt.Events = nil, c.Events
	if !c.Access.CanExport() {
		opt.Export = nil
	}
	opt.Served = &Served{Link: c.Link, Name: c.Name, Access: c.Access, Policy: policy, Draft: c.Draft, Host: host, Hint: hint}
	m, err := New(opt)
	if err != nil {
		return brokenScreen{err: err}
	}
	m.c.width, m.c.height = c.Width, max(0, c.Height-m.served.rows())
	if c.Link != nil {
		// The screens' clocks tick spread over a fifth of a second.
		m.c.tickLag = time.Duration(c.Link.ID()%20) * 10 * time.Millisecond
	}
	m.resize()
	return m
}

// rows is the lines under the meeting view: the presence line, and a
// viewer's help line; none outside a served meeting.
func (sv *served) rows() int {
	switch {
	case sv == nil:
		return 0
	case sv.Access == model.Viewer:
		return 2
	}
	return 1
}

// join readies the root for a served meeting: it folds the events so
// far, without recording anything (the host opened the session).
func (sv *served) join(m *Model, opt Options) error {
	if len(opt.Events) == 0 {
		return fmt.Errorf("the served meeting has not started")
	}
	st, err := model.Fold(opt.Events)
	if err != nil {
		return err
	}
	m.state = st
	m.events = append(m.events, opt.Events...)
	m.meeting = newMeetingScreen(m.c, m.state, opt.Rules)
	m.rhymes.attach(m.meeting)
	if d := opt.Served.Draft; d != "" && opt.Served.Access > model.Viewer {
		m.meeting.box.restore(model.Draft{Target: model.DraftNote, Text: d})
		m.meeting.setStatus("your unfinished text is back in the box", false)
		sv.draftSent = d
	}
	if sv.Hint != "" {
		m.meeting.setStatus("people join with: "+sv.Hint, false)
	}
	if m.rhymes != nil {
		m.rhymes.guest = !sv.Host
	}
	sv.applyAccess(m)
	return nil
}

// update handles the hub's messages; ok is false for any other, and
// outside a served meeting.
func (sv *served) update(m *Model, msg tea.Msg) (tea.Cmd, bool) {
	if sv == nil {
		return nil, false
	}
	switch msg := msg.(type) {
	case serve.EventsMsg, serve.PresenceMsg, serve.NoticeMsg, serve.AccessMsg:
	case tea.KeyPressMsg:
		c := m.c.keys.Global
		if m.meeting.noInput && !m.helpOpen() && !key.Matches(msg, c.Help, c.Quit) {
			// A viewer's keys change nothing; they scroll the screen
			// as replay's and follow's do.
			readScroll(m.meeting, msg)
			sv.relayout(m)
			return nil, true
		}
		cmd, ok := sv.rolesKey(m, msg)
		sv.syncPick(m)
		if ok {
			sv.redraw(m.c)
		}
		return cmd, ok
	default:
		return nil, false
	}
	switch msg := msg.(type) {
	case serve.EventsMsg:
		// The presence line does not show events: it is not drawn again.
		sv.fold(m, msg.Events)
		if sv.ended {
			return tea.Quit, true
		}
		return nil, true
	}
	defer sv.redraw(m.c)
	switch msg := msg.(type) {
	case serve.PresenceMsg:
		sv.people, sv.warning = msg.People, msg.Warning
	case serve.NoticeMsg:
		sv.notice = msg.Text
		m.meeting.setStatus(msg.Text, true)
	case serve.AccessMsg:
		sv.Access = msg.Access
		sv.applyAccess(m)
		sv.relayout(m)
		m.meeting.refresh()
		m.meeting.setStatus("you are now a "+msg.Access.String(), false)
	}
	return nil, true
}

// fold folds the hub's events. Someone else moving the phase does
// not take this person's half-typed note out of the box.
func (sv *served) fold(m *Model, evs []model.Event) {
	keep := m.meeting.box.Draft()
	var done []model.Event
	for _, ev := range evs {
		if ev.Seq <= len(m.events) {
			continue
		}
		if err := m.state.Apply(ev); err != nil {
			m.meeting.setStatus(fmt.Sprintf("out of step with the host: %v", err), true)
			continue
		}
		m.events = append(m.events, ev)
		done = append(done, ev)
	}
	m.meeting.followEvents(done)
	if m.state.Closed && !sv.Host {
		sv.ended = true
	}
	if keep.Target == model.DraftNote && keep.Text != "" && m.meeting.box.box.Empty() {
		m.meeting.box.restore(keep)
	}
	sv.applyAccess(m)
	if sv.Access == model.Viewer {
		sv.relayout(m) // the scroll keys come and go with what there is to see
	}
}

// queue keeps an event for the hub, and reports false outside a served
// meeting, where the root records it itself. A draft is this person's
// own: it goes to the hub as Link.Draft, kept under their key, never into
// the shared log where it would overwrite someone else's.
func (sv *served) queue(ev model.Event) bool {
	if sv == nil {
		return false
	}
	if ev.Kind != model.DraftSaved {
		sv.outbox = append(sv.outbox, ev)
	}
	return true
}

// quit stops this person's screen: the host closes the session, and what
// this person typed goes to the hub before the screen stops.
func (sv *served) quit(m *Model) tea.Cmd {
	return tea.Sequence(sv.flush(m), tea.Quit)
}

// flush submits what is queued and tells the hub what is in the box now.
func (sv *served) flush(m *Model) tea.Cmd {
	var cmds []tea.Cmd
	if len(sv.outbox) > 0 {
		cmds = append(cmds, sv.Link.Submit(sv.outbox...))
		sv.outbox = nil
	}
	if m.meeting != nil && sv.Access > model.Viewer {
		d := m.meeting.box.Draft()
		text := d.Aside
		if d.Target == model.DraftNote || d.Target == "" {
			text = d.Text
		}
		if text != sv.draftSent {
			sv.draftSent = text
			cmds = append(cmds, sv.Link.Draft(text))
		}
	}
	return tea.Batch(cmds...)
}

// mayWrite reports whether this person may add notes in the phase now.
func (sv *served) mayWrite(st *model.State) bool {
	switch sv.Access {
	case model.Scribe, model.Facilitator:
		return true
	case model.Participant:
		_, in := st.Phase()
		return in && sv.Policy.Open(&st.Agenda, st.CurrentPhaseID())
	}
	return false
}

// applyAccess disables the keys this person's role does not allow, so
// the help shows only what works; the hub refuses the rest anyway.
func (sv *served) applyAccess(m *Model) {
	k := defaultKeyMap()
	a := sv.Access
	if a < model.Facilitator {
		withdraw(&k.Global.Next, &k.Global.Prev, &k.Global.Pause, &k.Global.Extend, &k.Global.Export,
			&k.List.Dismiss, &k.List.PauseKey, &k.List.ExtendKey, &k.List.Risk, &k.List.Setup)
	}
	if a < model.Scribe {
		// The hub takes figures, the summary, a classification and the
		// imported rows from the scribe and the facilitator only.
		withdraw(&k.List.Figures, &k.List.Summary, &k.List.Undo, &k.List.Classify)
		withdrawImports(&k.Imports)
	}
	if m.opt.Export == nil {
		withdraw(&k.Global.Export)
	}
	if !sv.Host {
		// An import reads a file on the host's disk: a guest's path
		// would name the host's files, not their own.
		withdraw(&k.Imports.Import)
	}
	if a == model.Viewer {
		// A viewer's screen has no note box and takes no key but the
		// keys sheet and leaving.
		k.readOnly()
	}
	write := sv.mayWrite(m.state)
	if !write {
		disable(&k.Typing.Commit, &k.Typing.Park, &k.List.Why, &k.List.Edit, &k.List.EditText,
			&k.List.Delete, &k.List.Factor, &k.List.Lucky, &k.List.ParkToggle)
	}
	k.Global.Roles.SetEnabled(a.CanPromote())
	if !a.CanPromote() {
		sv.picker.open = false
	}
	defer sv.syncPick(m)
	if sv.Host {
		k.Global.Quit.SetHelp("ctrl+c", "end meeting")
	} else {
		k.Global.Quit.SetHelp("ctrl+c", "leave")
	}
	// Nothing to type in the wrap-up without the summary: the keys
	// scroll it.
	listOnly := m.state.Ended() && !offered(k.List.Summary) && a != model.Viewer
	if listOnly {
		withdraw(&k.List.ToType)
	}
	m.c.keys = k
	if listOnly && m.meeting.focus == focusType {
		m.meeting.setFocus(focusList)
	}
	m.c.mayEdit = nil
	if a == model.Participant {
		name := sv.Name
		m.c.mayEdit = func(n *model.Note) bool { return n.Author == name }
	}
	noInput := a == model.Viewer
	if m.meeting.noInput != noInput {
		m.meeting.noInput = noInput
		// A viewer's help line takes a row from the meeting view.
		if noInput {
			m.c.height = max(0, m.c.height-1)
		} else if m.c.height > 0 {
			m.c.height++
		}
		m.meeting.resize()
	}
	was := sv.canWrite
	sv.canWrite = write
	note := ""
	switch {
	case a != model.Participant || write:
	case m.state.Ended():
		// No phase comes after the wrap-up to take what is typed.
		note = "the wrap-up: the facilitator and the scribe write the summary"
	default:
		note = "not your phase: type ahead, enter adds it in " + openPhases(sv.Policy, m.state)
	}
	if note != "" && (was || m.meeting.status == "" || m.meeting.status == sv.closedNote) {
		m.meeting.setStatus(note, false)
	}
	sv.closedNote = note
}

func disable(bs ...*key.Binding) {
	for _, b := range bs {
		b.SetEnabled(false)
	}
}

// openPhases names the phases participants write in.
func openPhases(p model.Policy, st *model.State) string {
	var names []string
	for _, ph := range st.Agenda.Phases {
		if p.Open(&st.Agenda, ph.ID) {
			names = append(names, inert(ph.Title))
		}
	}
	if len(names) == 0 {
		return "no phase of this meeting"
	}
	return strings.Join(names, ", ")
}

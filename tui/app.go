// Package tui is debrief's terminal interface: the setup screen, the
// meeting (agenda, clock, notes, flags), the wrap-up, the export preview and
// the replay screen. Only the root model records events and returns a
// tea.View; every component renders a string at the size it is given.
package tui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/importer"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// Store is where the meeting's events are written as they happen.
type Store interface {
	// Append writes the events, skipping any already written, and syncs.
	Append(events ...model.Event) error
	// Path is the session file's location, shown to the user.
	Path() string
}

// Exporter writes the postmortem of the events so far next to the session
// file and returns the Markdown it wrote and where. It runs inside a
// tea.Cmd, on its own copy of the log, never on the live state.
type Exporter func(events []model.Event, now time.Time) (markdown, path string, err error)

// Options configure a meeting.
type Options struct {
	// Now is the clock; tests inject a fake one.
	Now func() time.Time
	// Agenda is the meeting plan for a new session.
	Agenda agenda.Agenda
	// Setup prefills the setup screen.
	Setup model.Setup
	// Store receives every event.
	Store Store
	// Events is the log of a session being resumed; empty for a new one.
	Events []model.Event
	// Rules is the phrasing rule set (default plus the team's).
	Rules *phrasing.Rules
	// Export writes the postmortem (ctrl+o).
	Export Exporter
	// Imports are rows read from files before the setup screen; they are
	// recorded as drafts right after the meeting starts.
	Imports []model.DraftRow
	// ImportsEmpty names the files given to import that gave no rows, and
	// why, for the setup screen.
	ImportsEmpty []string
	// ImportsSkipped is what the importer read and left out, and why.
	ImportsSkipped importer.Skipped
	// Served joins a served meeting's hub instead of writing to Store.
	Served *Served
	// Archive opens the team's archive for rhymes and open action items.
	Archive ArchiveOpener
	// SetupDraft is what was typed on this session's setup screen before
	// the meeting started, given back over Setup's prefill.
	SetupDraft map[string]string
	// KeepSetup keeps the setup screen's fields until the meeting starts
	// (nil fields: forget them); it runs in a tea.Cmd.
	KeepSetup func(fields map[string]string) error
}

// Model is the root of the meeting app. It owns the log: components ask
// for events, and only the root stamps, folds and writes them.
type Model struct {
	opt   Options
	now   func() time.Time
	c     *common
	state *model.State
	// setup is the form before the meeting; nil once it started.
	setup   *fieldForm
	keep    setupKeep // the setup form's fields kept beside the session file
	meeting *meetingScreen
	preview *preview
	help    *helpSheet
	rhymes  *rhymePane
	// ask is the question ctrl+c asks while changes are not saved.
	ask *quitPrompt

	events  []model.Event
	pending []model.Event
	served  *served // set when the hub, not this screen, writes the log
	saving  bool
	saveErr error
	// retryWait holds writes back after a failed one until the retry.
	retryWait bool
	// quitting is set once ctrl+c is handled, so the last view says so.
	quitting bool
}

// New builds the app. With opt.Events it resumes that session in the
// phase it was in, with any unfinished text back in the box; otherwise it
// opens the setup screen.
func New(opt Options) (*Model, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Rules == nil {
		opt.Rules = phrasing.DefaultRules()
	}
	m := &Model{opt: opt, now: opt.Now, c: newCommon(true), state: model.New()}
	m.c.now = m.now()
	m.help = &helpSheet{c: m.c}
	m.rhymes = newRhymePane(m.c, opt.Archive)
	if opt.Served != nil {
		m.served = &served{Served: *opt.Served}
		return m, m.served.join(m, opt)
	}
	if len(opt.Events) > 0 {
		st, err := model.Fold(opt.Events)
		if err != nil {
			return nil, err
		}
		m.state = st
		m.events = append(m.events, opt.Events...)
		m.meeting = newMeetingScreen(m.c, m.state, opt.Rules)
		m.rhymes.attach(m.meeting)
		m.emit(model.Event{Kind: model.SessionResumed})
		return m, nil
	}
	m.setup = newSetupForm(m.c, opt.Setup, "Setup")
	m.setup.imports = newImportNote(opt.Imports, opt.ImportsEmpty, opt.ImportsSkipped)
	m.keep.keep = opt.KeepSetup
	m.keep.restore(m.setup, opt.SetupDraft)
	return m, nil
}

// Init starts the clock and asks the terminal for its background colour.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tickAfter(m.now(), m.c.tickLag), tea.RequestBackgroundColor, m.flush(), m.rhymes.link.openCmd())
}

// Pending returns the events not yet confirmed written, for a final flush
// after the program exits.
func (m *Model) Pending() []model.Event { return m.pending }

// Events returns the whole log so far.
func (m *Model) Events() []model.Event { return m.events }

// State returns the folded meeting.
func (m *Model) State() *model.State { return m.state }

// Started reports whether the meeting got past setup, so the caller knows
// whether a session file is worth keeping.
func (m *Model) Started() bool { return len(m.events) > 0 }

// Update routes a message to the component that owns it, records the
// events it asks for, then starts writing them.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.c.now = m.now()
	cmd := m.update(msg)
	if m.meeting != nil {
		cmd = tea.Batch(cmd, m.rhymes.link.follow(m.state, m.meeting.box.box.Value(), len(m.events), m.c.now))
	}
	if save := m.flush(); save != nil {
		cmd = tea.Batch(cmd, save)
	}
	if m.meeting != nil {
		// The lines under the note box and the header are worked out
		// here, once per message, so View reads them.
		m.meeting.fitLive(false)
		m.meeting.head.keep(m.meeting, m.saveState())
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.served.update(m, msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, max(0, msg.Height-m.served.rows())
		m.c.help.SetWidth(msg.Width)
		return m.resize()
	case tea.BackgroundColorMsg:
		m.c.setStyles(msg.IsDark())
		return m.resize()
	case tickMsg:
		var cmd tea.Cmd
		if m.meeting != nil {
			cmd = m.meeting.onTick()
		}
		return tea.Batch(tickAfter(m.c.now, m.c.tickLag), cmd)
	case draftTickMsg:
		if m.meeting != nil {
			m.record(m.meeting.box.onDraftTick(msg, m.state))
		}
	case savedMsg:
		return tea.Batch(m.onSaved(msg), m.keep.forget(m.setup, m.pending))
	case setupTickMsg:
		return m.keep.onTick(m.setup, msg)
	case setupKeptMsg:
		m.keep.onKept(m.setup, msg)
	case zoneMsg:
		// Keep the zone, then try again what waited for it: starting the
		// meeting, or saving the setup form.
		m.c.learnZone(msg)
		if m.setup != nil {
			return m.startMeeting()
		}
		if s := m.meeting; s != nil && s.form != nil && s.form.kind == formSetup {
			var o outcome
			if s.closeForm(&o) {
				s.setFocus(focusList)
			}
			s.refresh()
			m.record(o.events)
			return o.cmd
		}
	case retrySaveMsg:
		m.retryWait = false
		return m.flush()
	case exportedMsg:
		return m.onExported(msg)
	case importedMsg:
		if m.meeting != nil {
			m.record(m.meeting.imports.ask.done(m.meeting, msg))
		}
	case archiveMsg:
		cmd, pm := m.rhymes.update(msg, m.state, m.meeting)
		if pm != nil {
			m.preview = newPreview(m.c, pm.markdown, pm.path)
			cmd = m.preview.render()
		}
		return cmd
	case renderedMsg:
		if m.preview != nil {
			m.preview.setRendered(msg)
		}
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.PasteMsg:
		switch {
		case m.setup != nil:
			m.setup.paste(msg.Content)
			return m.keep.changed(m.setup)
		case m.meeting != nil && m.preview == nil && !m.helpOpen() && !m.meeting.noInput:
			o := m.meeting.Paste(msg.Content)
			return o.cmd
		}
	}
	return nil
}

func (m *Model) helpOpen() bool { return m.help.groups != nil }

// onKey sends a key to the overlay on top, the setup or the meeting.
func (m *Model) onKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.ask != nil || key.Matches(msg, m.c.keys.Global.Quit) {
		return m.quitKey(msg)
	}
	switch {
	case m.helpOpen():
		if m.help.Update(msg) {
			m.help.groups = nil
		}
		return nil
	case m.preview != nil:
		if m.preview.Update(msg) {
			m.preview = nil
		}
		return nil
	case m.setup != nil:
		return m.updateSetup(msg)
	}
	o := m.meeting.Update(msg)
	m.record(o.events)
	var cmd tea.Cmd
	if o.export {
		cmd = m.startExport()
	}
	if o.help {
		m.openHelp()
	}
	return tea.Batch(o.cmd, cmd)
}

func (m *Model) openHelp() {
	m.help.setSize(m.c.width, m.c.height)
	m.help.open(m.meeting.Help().groups, m.meeting.status, m.meeting.statusErr)
}

func (m *Model) updateSetup(msg tea.KeyPressMsg) tea.Cmd {
	f := m.setup
	if key.Matches(msg, m.c.keys.Global.Next) {
		return m.startMeeting()
	}
	if f.Update(msg) == formSave {
		// enter moves on a field; ctrl+n starts the meeting.
		f.focus = (f.focus + 1) % len(f.fields)
	}
	return m.keep.changed(f)
}

// startMeeting records the setup and the agenda, then starts phase one.
func (m *Model) startMeeting() tea.Cmd {
	s, err := setupValue(m.setup, m.c.now)
	if err != nil {
		m.setup.err = err.Error()
		return zoneCmd(err)
	}
	ag := m.agenda()
	m.emit(model.Event{Kind: model.SessionCreated, Setup: &s, Agenda: &ag})
	m.emit(model.Event{Kind: model.PhaseStarted, Phase: ag.Phases[0].ID})
	m.setup = nil
	m.meeting = newMeetingScreen(m.c, m.state, m.opt.Rules)
	m.record(model.ImportDrafts(m.state, m.opt.Imports))
	m.rhymes.attach(m.meeting)
	return nil
}

func (m *Model) agenda() agenda.Agenda {
	if len(m.opt.Agenda.Phases) == 0 {
		return agenda.Default()
	}
	return m.opt.Agenda
}

func (m *Model) resize() tea.Cmd {
	m.served.relayout(m)
	if m.meeting != nil {
		m.meeting.resize()
	}
	m.help.setSize(m.c.width, m.c.height)
	if m.preview != nil {
		m.preview.setSize(m.c.width, m.c.height)
		return m.preview.render()
	}
	return nil
}

// quit keeps the text being typed as a draft, closes the session and
// stops; the caller writes what is still pending.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	if m.meeting != nil {
		var o outcome
		m.meeting.closeForm(&o)
		m.record(o.events)
		m.record(m.meeting.box.draftEvent(m.state))
	}
	if m.served != nil {
		return m.served.quit(m)
	}
	if m.state.Started() && !m.state.Closed {
		m.emit(model.Event{Kind: model.SessionClosed})
	}
	return tea.Quit
}

// record emits the events a component asked for and brings the meeting
// screen in step with them.
func (m *Model) record(evs []model.Event) {
	if len(evs) == 0 {
		return
	}
	done := evs[:0:0]
	for _, ev := range evs {
		if ev, ok := m.emit(ev); ok {
			done = append(done, ev)
		}
	}
	if m.meeting != nil {
		m.meeting.followEvents(done)
	}
}

// emit records one change: it is stamped, folded into the state, kept in
// the log and queued for the session file. The fold refusing an event is a
// bug in debrief, shown rather than written.
func (m *Model) emit(ev model.Event) (model.Event, bool) {
	if m.served.queue(ev) {
		return ev, false
	}
	ev.Seq = len(m.events) + 1
	ev.At = m.c.now.UTC()
	if err := m.state.Apply(ev); err != nil {
		if m.meeting != nil {
			m.meeting.setStatus(fmt.Sprintf("not recorded: %v", err), true)
		}
		return ev, false
	}
	m.events = append(m.events, ev)
	m.pending = append(m.pending, ev)
	return ev, true
}

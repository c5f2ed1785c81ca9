package tui

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// focus is where the meeting screen's keys go.
type focus int

const (
	// focusType sends letters to the note box.
	focusType focus = iota
	// focusList makes single letters act on the selected note (or scroll
	// the wrap-up).
	focusList
	// focusForm edits impact figures, an action item or the setup.
	focusForm
	// focusRhymes moves through the rhymes pane.
	focusRhymes
	// focusChoose picks from the taxonomy.
	focusChoose
)

// String names the focus for the mode badge and tests.
func (f focus) String() string {
	return [...]string{"TYPING", "NOTES", "FORM", "RHYMES", "CLASSIFY"}[f]
}

// meetingScreen is the meeting: the agenda column, the phase pane (notes
// list or wrap-up), the note box and the forms. It never records an
// event itself: its Update returns the events for the root to emit, and
// followEvents brings it in step once they are folded.
type meetingScreen struct {
	c     *common
	st    *model.State
	rules *phrasing.Rules
	// base is the layout the window gives; lay is the one drawn, with the
	// rows the lines under the note box took from the panes (fitLive).
	base, lay layout
	// under is the lines under the note box.
	under underBox
	// noInput lays the screen out without the note box (replay, follow).
	noInput bool
	focus   focus
	flags   *flagBook
	box     composer
	list    noteList
	agenda  agendaPane
	wrap    wrapUp
	form    *fieldForm
	// imports reviews imported rows in the timeline phase.
	imports importReview
	// rhymes is the archive's pane, shared with the root; nil without one.
	rhymes  *rhymePane
	chooser *chooser
	// undo is what puts back each note deleted, the last deleted last:
	// u puts them back one at a time, so a run of d loses nothing.
	undo [][]model.Event
	// word is the last list key while it may yet prove the first
	// letter of a typed word.
	word      *wordWatch
	status    string
	statusErr bool
	// statusPath is a file the status names after its text ("exported
	// to …"): too long for the line, it loses its leading folders, never
	// its file's name.
	statusPath string
	// clock is the last clock state, to ring the bell once per change.
	clock agenda.Status
	// pendingSelect is the note to select once the events that make it
	// are folded (a new why, an edited note).
	pendingSelect int
	body          string
	head          headLine
	// pick is the help line while a served meeting's role picker has the
	// keys; nil otherwise.
	pick []key.Binding
}

func newMeetingScreen(c *common, st *model.State, rules *phrasing.Rules) *meetingScreen {
	s := &meetingScreen{c: c, st: st, rules: rules}
	s.flags = newFlagBook(phrasing.NewChecker(rules, st.Setup.Names()))
	s.flags.names = st.Setup.Names()
	s.flags.rebuild(st)
	s.box = newComposer(c)
	s.box.checker = s.flags.checker
	s.list = newNoteList(c, st, s.flags)
	s.agenda = agendaPane{c: c, st: st, flags: s.flags}
	s.wrap = wrapUp{c: c, st: st, flags: s.flags}
	s.imports = newImportReview(c, st)
	s.enterPhase()
	s.resize()
	return s
}

// setState points the screen at another fold (replay seeking back).
func (s *meetingScreen) setState(st *model.State) {
	s.st, s.list.st, s.agenda.st, s.wrap.st, s.imports.st = st, st, st, st, st
	s.followSetup()
	s.enterPhase()
	s.refresh()
}

// composeContextOf is what the note box needs to know of the meeting.
func composeContextOf(st *model.State) composeContext {
	c := st.Created.UTC()
	return composeContext{
		phase: st.CurrentPhaseID(), capture: phaseCapture(st), ended: st.Ended(),
		date: st.IncidentDate(), zone: st.InputZone(),
		meeting: time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, time.UTC),
	}
}

func phaseCapture(st *model.State) agenda.Capture {
	if p, ok := st.Phase(); ok {
		return p.Capture
	}
	return ""
}

// enterPhase readies the screen for the phase the fold is in: the box
// empty or holding that phase's draft, the keys with the box.
func (s *meetingScreen) enterPhase() {
	s.focus, s.form, s.chooser = focusType, nil, nil
	if s.rhymes != nil {
		s.rhymes.focused = false
	}
	s.box.reset(composeContextOf(s.st), s.st.Summary)
	if d, ok := s.st.DraftOf(s.st.CurrentPhaseID()); ok {
		s.box.restore(d)
		s.setStatus("your unfinished text is back in the box", false)
	}
	s.list.sel = -1
	s.list.setFocus(false)
	s.list.rebuild()
	s.wrap.offset = 0
	s.wrap.rebuild()
	s.imports.ask.box = nil
	s.imports.rebuild()
	s.agenda.refresh()
}

// followSetup checks the notes again with the attendees' names when they
// changed; otherwise the findings kept by text are counted again, with no
// note checked twice.
func (s *meetingScreen) followSetup() {
	names := s.st.Setup.Names()
	if slices.Equal(names, s.flags.names) {
		s.flags.rebuild(s.st)
	} else {
		s.flags.setChecker(phrasing.NewChecker(s.rules, names), s.st)
		s.flags.names = names
		s.box.checker = s.flags.checker
	}
	s.box.ctx = composeContextOf(s.st)
}

// followEvents brings the screen in step with events the root folded.
func (s *meetingScreen) followEvents(evs []model.Event) {
	phaseChanged := false
	flagsWere := s.flags.total
	onlyNotes := true // only notes added, none of them parked
	for _, ev := range evs {
		s.flags.apply(s.st, ev)
		switch ev.Kind {
		case model.SetupChanged:
			s.followSetup()
		case model.PhaseStarted, model.MeetingEnded:
			phaseChanged = true
		}
		onlyNotes = onlyNotes && ev.Kind == model.NoteAdded && ev.Section != model.SectionParked
	}
	switch {
	case phaseChanged:
		s.enterPhase()
	case onlyNotes:
		forgetAdded(&s.list, evs)
		readRows(&s.list)
	default:
		s.list.rebuild()
	}
	if !phaseChanged {
		s.wrap.rebuild()
		s.imports.follow(evs)
	}
	if s.pendingSelect != 0 {
		s.list.selectID(s.pendingSelect)
		s.list.refresh()
		s.pendingSelect = 0
	}
	syncList(s)
	// The agenda shows notes only as the flag count and the parking lot;
	// its clock is drawn on the tick.
	if !onlyNotes || s.flags.total != flagsWere {
		s.agenda.refresh()
	}
	s.refresh()
}

// resize lays the screen out again for the common size.
func (s *meetingScreen) resize() {
	s.base = computeLayout(s.c.styles, s.c.width, s.c.height, s.noInput)
	s.under.held = 0
	s.fitLive(true)
}

// fitLive works out the lines under the note box for what the box holds
// now and, when they need more rows than the panes above give them (or
// give back what they held), lays the panes out again; all lays them out
// in any case (a resize, new styles). The root calls it at the end of
// every Update, so the panes are drawn again only when the rows change.
func (s *meetingScreen) fitLive(all bool) {
	if s.noInput && !all {
		return
	}
	st := s.c.styles
	l := s.base.withLive(st, s.under.fit(st, &s.box, s.focus == focusType, s.base))
	if l == s.lay && !all {
		return
	}
	s.lay = l
	h := l.mainInnerH
	if !l.wide {
		h = max(0, l.bodyH-1) // one line of phase and clock on top
	}
	s.list.setSize(l.mainInnerW, h)
	s.imports.setSize(l.mainInnerW, h)
	if all {
		s.wrap.setSize(l.mainInnerW, h)
		s.agenda.setSize(l.sideInnerW, l.sideInnerH, l.clockScale)
	} else {
		// The wrap-up and the agenda column are read for the width: a new
		// height only draws them again from what they read, so no walk
		// of the session runs on the key that takes or gives back rows.
		s.wrap.setHeight(h)
		s.agenda.setHeight(l.sideInnerH)
	}
	s.refresh()
}

// onTick redraws what shows the time and rings the bell when the phase
// enters its warning, and once more when it runs over.
func (s *meetingScreen) onTick() tea.Cmd {
	s.agenda.refresh()
	if s.st.Ended() {
		s.wrap.rebuild()
	}
	s.refresh()
	st := s.st.Timer().Status(s.c.now, s.st.Agenda.WarnBefore(), s.st.Paused)
	prev := s.clock
	s.clock = st
	if st != prev && (st == agenda.Warning || st == agenda.Overtime) {
		return bell()
	}
	return nil
}

func (s *meetingScreen) setStatus(msg string, isErr bool) {
	s.status, s.statusErr, s.statusPath = msg, isErr, ""
}

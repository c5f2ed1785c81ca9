package tui

import (
	"fmt"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// mode is where the meeting screen's keys go.
type mode int

const (
	// modeType sends letters to the note box.
	modeType mode = iota
	// modeList makes single letters act on the selected note.
	modeList
	// modeForm edits impact figures or an action item's fields.
	modeForm
	// modeHelp shows every key.
	modeHelp
)

// String names the mode for the help line and tests.
func (m mode) String() string {
	return [...]string{"type", "notes", "form", "help"}[m]
}

// target is what enter does with the note box's text.
type target int

const (
	targetNote target = iota
	targetEdit
	targetWhy
	targetSummary
)

// meeting holds the meeting screen's own state; everything about the
// meeting itself lives in the folded model.State.
type meeting struct {
	mode     mode
	box      noteBox
	target   target
	targetID int
	// sel is the selected row in modeList.
	sel int

	checker  *phrasing.Checker
	findings []phrasing.Finding // of the text being typed

	// flags holds each note's findings, computed when it is committed.
	flags      map[int][]phrasing.Finding
	openFlags  map[int]int
	phaseFlags map[string]int
	totalFlags int

	view viewCache

	status    string
	statusErr bool
	clock     agenda.Status // last clock state, to ring the bell once
	undo      []model.Event
	form      *fieldForm
	body      bodyCache
}

// bodyCache keeps the drawn panes between keystrokes: typing changes only
// the note box, so the panes are drawn again only when the meeting, the
// size, the mode, the selection or the clock's second changes.
type bodyCache struct {
	valid bool
	key   bodyKey
	s     string
}

type bodyKey struct {
	w, h, sel int
	mode      mode
	second    int64
	status    string
}

func newMeeting(m *Model) meeting {
	mt := meeting{
		flags:      map[int][]phrasing.Finding{},
		openFlags:  map[int]int{},
		phaseFlags: map[string]int{},
	}
	mt.checker = phrasing.NewChecker(m.opt.Rules, m.state.Setup.Names())
	mt.box.placeholder = "type a note, enter to commit"
	m.meeting = mt
	m.recheckAll()
	m.resetBox()
	return m.meeting
}

func (mt *meeting) setStatus(s string, isErr bool) { mt.status, mt.statusErr = s, isErr }

func (mt *meeting) invalidate() {
	mt.view.valid = false
	mt.body.valid = false
}

// afterEvent keeps the screen's caches in step with the fold.
func (m *Model) afterEvent(ev model.Event) {
	mt := &m.meeting
	mt.invalidate()
	if mt.flags == nil {
		return // still in setup
	}
	switch ev.Kind {
	case model.NoteAdded, model.NoteEdited, model.FlagDismissed:
		m.recheck(ev.Note)
	case model.NoteDeleted:
		for id := range mt.flags {
			if _, ok := m.state.Note(id); !ok {
				m.setOpen(id, "", 0)
				delete(mt.flags, id)
			}
		}
	case model.SetupChanged:
		mt.checker = phrasing.NewChecker(m.opt.Rules, m.state.Setup.Names())
		m.checked = nil
		m.recheckAll()
	case model.PhaseStarted, model.MeetingEnded:
		mt.sel = 0
		mt.mode = modeType
		mt.form = nil
		m.resetBox()
	}
}

// check runs the phrasing checker over a committed note's text. Results
// are kept by text, so folding the log again (resume, replay seeking back)
// does not check the same notes again.
func (m *Model) check(text string) []phrasing.Finding {
	if fs, ok := m.checked[text]; ok {
		return fs
	}
	if m.checked == nil {
		m.checked = map[string][]phrasing.Finding{}
	}
	fs := m.meeting.checker.Check(text)
	m.checked[text] = fs
	return fs
}

// recheck runs the phrasing checker over one note.
func (m *Model) recheck(id int) {
	mt := &m.meeting
	n, ok := m.state.Note(id)
	if !ok {
		return
	}
	fs := m.check(n.Text)
	mt.flags[id] = fs
	open := 0
	for _, f := range fs {
		if !n.IsDismissed(f.Rule) {
			open++
		}
	}
	m.setOpen(id, n.Phase, open)
}

func (m *Model) setOpen(id int, phase string, open int) {
	mt := &m.meeting
	old := mt.openFlags[id]
	if phase == "" {
		if n, ok := m.state.Note(id); ok {
			phase = n.Phase
		}
	}
	mt.totalFlags += open - old
	mt.phaseFlags[phase] += open - old
	if open == 0 {
		delete(mt.openFlags, id)
	} else {
		mt.openFlags[id] = open
	}
}

func (m *Model) recheckAll() {
	mt := &m.meeting
	mt.flags = map[int][]phrasing.Finding{}
	mt.openFlags = map[int]int{}
	mt.phaseFlags = map[string]int{}
	mt.totalFlags = 0
	for _, p := range m.state.Agenda.Phases {
		for _, id := range m.state.Notes(p.ID) {
			m.recheckTree(id)
		}
	}
}

func (m *Model) recheckTree(id int) {
	m.recheck(id)
	for _, w := range m.state.Whys(id) {
		m.recheckTree(w)
	}
}

// phaseID is the current phase's id, or "" outside one.
func (m *Model) phaseID() string {
	if p, ok := m.state.Phase(); ok {
		return p.ID
	}
	return ""
}

// capture is the current phase's capture kind.
func (m *Model) capture() agenda.Capture {
	if p, ok := m.state.Phase(); ok {
		return p.Capture
	}
	return ""
}

// resetBox empties the note box and points it at a new note; in the
// wrap-up it edits the summary.
func (m *Model) resetBox() {
	mt := &m.meeting
	mt.box.Reset()
	mt.target, mt.targetID = targetNote, 0
	mt.findings = nil
	mt.box.label, mt.box.placeholder = boxLabel(m.capture(), m.state.Ended())
	if m.state.Ended() {
		mt.box.SetValue(m.state.Summary)
		mt.target = targetSummary
	}
}

func boxLabel(c agenda.Capture, ended bool) (label, placeholder string) {
	switch {
	case ended:
		return "summary", "3-5 sentences: what broke, who was affected, how it was resolved"
	case c == agenda.CaptureTimeline:
		return "timeline", "09:14 what happened  (#started #detected #mitigated #resolved)"
	case c == agenda.CaptureActions:
		return "action", "Add pool alert @alice due:+14d ENG-4421 P1 #prevent"
	case c == agenda.CaptureImpact:
		return "impact", "who was affected, how much, for how long (m: figures)"
	case c == agenda.CapturePoorly, c == agenda.CaptureFactors:
		return "note", "what made it possible? (esc, then f marks a contributing factor)"
	}
	return "note", "type a note, enter to commit"
}

// onTick rings the bell when the phase enters its warning, and once more
// when it runs over.
func (m *Model) onTick() tea.Cmd {
	if m.screen != screenMeeting {
		return nil
	}
	now := m.now()
	st := m.state.Timer().Status(now, m.state.Agenda.WarnBefore(), m.state.Paused)
	prev := m.meeting.clock
	m.meeting.clock = st
	if st != prev && (st == agenda.Warning || st == agenda.Overtime) {
		return bell()
	}
	return nil
}

// updateMeeting handles a key on the meeting screen.
func (m *Model) updateMeeting(msg tea.KeyPressMsg) tea.Cmd {
	mt := &m.meeting
	k := m.keys
	switch {
	case matches(msg, k.Next):
		m.nextPhase()
		return nil
	case matches(msg, k.Prev):
		m.prevPhase()
		return nil
	case matches(msg, k.Pause):
		m.togglePause()
		return nil
	case matches(msg, k.Extend):
		m.extend()
		return nil
	case matches(msg, k.Export):
		return m.startExport()
	}
	switch mt.mode {
	case modeHelp:
		mt.mode = modeList
		return nil
	case modeForm:
		return m.updateForm(msg)
	case modeList:
		return m.updateList(msg)
	}
	return m.updateTyping(msg)
}

func (m *Model) nextPhase() {
	switch {
	case m.state.Ended():
		m.meeting.setStatus("the meeting is over: ctrl+p goes back, ctrl+o exports, ctrl+c quits", false)
	case m.state.Current+1 >= len(m.state.Agenda.Phases):
		m.emit(model.Event{Kind: model.MeetingEnded})
		m.meeting.setStatus("wrap-up: check what is open below, then ctrl+o to export", false)
	default:
		next := m.state.Agenda.Phases[m.state.Current+1]
		m.emit(model.Event{Kind: model.PhaseStarted, Phase: next.ID})
		m.meeting.setStatus("", false)
	}
}

func (m *Model) prevPhase() {
	if m.state.Current <= 0 {
		m.meeting.setStatus("already at the first phase", false)
		return
	}
	i := min(m.state.Current, len(m.state.Agenda.Phases)) - 1
	p := m.state.Agenda.Phases[i]
	m.emit(model.Event{Kind: model.PhaseStarted, Phase: p.ID})
	m.meeting.setStatus("back to "+p.Title+" (recorded)", false)
}

func (m *Model) togglePause() {
	if _, ok := m.state.Phase(); !ok {
		return
	}
	if m.state.Paused {
		m.emit(model.Event{Kind: model.TimerResumed})
		m.meeting.setStatus("resumed", false)
	} else {
		m.emit(model.Event{Kind: model.TimerPaused})
		m.meeting.setStatus("paused: ctrl+t resumes", false)
	}
}

func (m *Model) extend() {
	if _, ok := m.state.Phase(); !ok {
		return
	}
	m.emit(model.Event{Kind: model.TimerExtended, Seconds: 60})
	m.meeting.setStatus("added a minute", false)
	m.meeting.clock = agenda.Running // warn again if it runs low
}

// updateTyping handles keys while the note box has focus.
func (m *Model) updateTyping(msg tea.KeyPressMsg) tea.Cmd {
	mt := &m.meeting
	k := m.keys
	switch {
	case matches(msg, k.Commit):
		m.commit(model.SectionNone)
	case matches(msg, k.Park):
		if mt.target == targetNote {
			m.commit(model.SectionParked)
		}
	case matches(msg, k.TakeSuggestion):
		m.takeSuggestion()
	case msg.String() == "esc" && mt.target != targetNote && !m.state.Ended():
		m.resetBox()
		mt.setStatus("cancelled", false)
	case matches(msg, k.ToList) && (msg.String() == "esc" || mt.box.Empty()):
		mt.mode = modeList
		mt.sel = max(0, m.selectableCount()-1)
		mt.invalidate()
	default:
		if mt.box.HandleKey(msg) {
			m.typed()
		}
	}
	return nil
}

// typed re-checks the text in the box; it runs on every keystroke, so it
// only looks at that text, never at the rest of the session.
func (m *Model) typed() {
	mt := &m.meeting
	text := mt.box.Value()
	skip := 0
	if m.capture() == agenda.CaptureTimeline && mt.target != targetSummary {
		// A rewrite must not swallow the line's time: check the event only.
		skip = timePrefixLen(text)
	}
	mt.findings = mt.checker.Check(text[skip:])
	for i := range mt.findings {
		mt.findings[i].Offset += skip
		if mt.findings[i].Replacement != "" {
			mt.findings[i].ReplaceOffset += skip
		}
	}
}

// timePrefix matches the date and time a timeline line starts with.
var timePrefix = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(:\d{2})?(\s*(Z|UTC)\b)?\s*[-:|]?\s*`)

func timePrefixLen(s string) int {
	if loc := timePrefix.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

func (m *Model) pasteMeeting(s string) tea.Cmd {
	mt := &m.meeting
	if mt.mode == modeForm && mt.form != nil {
		mt.form.paste(s)
		return nil
	}
	if mt.mode != modeType {
		mt.mode = modeType
	}
	mt.box.Insert(s)
	m.typed()
	return nil
}

// takeSuggestion applies the first flag's rewrite to the box.
func (m *Model) takeSuggestion() {
	mt := &m.meeting
	for _, f := range mt.findings {
		if f.Replacement != "" {
			mt.box.SetValue(f.Apply(mt.box.Value()))
			m.typed()
			mt.setStatus("took the suggestion: "+f.Category, false)
			return
		}
	}
	if len(mt.findings) > 0 {
		mt.setStatus("no rewrite for this one: "+mt.findings[0].Suggestion, false)
	}
}

// commit records what the box holds, as a new note, an edit, a why or the
// summary. In the timeline and action phases a pasted block of lines
// becomes one note per line.
func (m *Model) commit(section string) {
	mt := &m.meeting
	text := strings.TrimSpace(mt.box.Value())
	if _, ok := m.state.Phase(); !ok && mt.target != targetSummary && mt.target != targetEdit {
		if mt.target == targetNote && m.state.Ended() && text != "" {
			mt.setStatus("the meeting is over; ctrl+p to go back to a phase", true)
		}
		return
	}
	switch mt.target {
	case targetSummary:
		m.emit(model.Event{Kind: model.SummarySet, Text: text})
		mt.setStatus("summary saved", false)
	case targetEdit:
		if text == "" {
			mt.setStatus("empty: d deletes a note", true)
			return
		}
		m.emit(model.Event{Kind: model.NoteEdited, Note: mt.targetID, Text: text})
		mt.setStatus(fmt.Sprintf("edited #%d", mt.targetID), false)
	case targetWhy:
		if text == "" {
			return
		}
		parent, _ := m.state.Note(mt.targetID)
		m.emit(model.Event{Kind: model.NoteAdded, Note: m.state.NextNoteID(), Phase: parent.Phase, Parent: parent.ID, Text: text})
		mt.setStatus("why? added: esc, then w asks why again", false)
	default:
		if text == "" {
			return
		}
		lines := []string{text}
		if c := m.capture(); c == agenda.CaptureTimeline || c == agenda.CaptureActions {
			lines = strings.Split(text, "\n")
		}
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				m.emit(model.Event{Kind: model.NoteAdded, Note: m.state.NextNoteID(), Phase: m.phaseID(), Section: section, Text: l})
			}
		}
		if section == model.SectionParked {
			mt.setStatus("parked in the parking lot; back to the agenda", false)
		} else {
			mt.setStatus("", false)
		}
	}
	m.resetBox()
}

// startExport writes the postmortem and opens its preview.
func (m *Model) startExport() tea.Cmd {
	if m.opt.Export == nil || len(m.events) == 0 {
		return nil
	}
	m.meeting.setStatus("exporting…", false)
	return exportCmd(m.opt.Export, m.events, m.now())
}

func (m *Model) onExported(msg exportedMsg) tea.Cmd {
	if msg.err != nil {
		m.meeting.setStatus("export failed: "+msg.err.Error(), true)
		return nil
	}
	m.meeting.setStatus("exported to "+msg.path, false)
	m.preview = newPreview(msg.markdown, msg.path, m.width, m.height)
	return m.preview.render(m.styles.IsDark)
}

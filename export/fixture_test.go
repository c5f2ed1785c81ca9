package export

import (
	"fmt"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// session builds an event list the way the app writes one: seq from 1, a
// clock the test moves on, note ids handed out in order.
type session struct {
	at     time.Time
	events []model.Event
	nextID int
}

func newSession(at time.Time, setup model.Setup, a agenda.Agenda) *session {
	s := &session{at: at, nextID: 1}
	s.add(model.Event{Kind: model.SessionCreated, Setup: &setup, Agenda: &a})
	return s
}

// wait moves the clock on.
func (s *session) wait(d time.Duration) *session { s.at = s.at.Add(d); return s }

func (s *session) add(ev model.Event) {
	ev.Seq, ev.At = len(s.events)+1, s.at
	s.events = append(s.events, ev)
	s.at = s.at.Add(20 * time.Second)
}

func (s *session) phase(id string) { s.add(model.Event{Kind: model.PhaseStarted, Phase: id}) }

// note adds a top-level note in a section and returns its id.
func (s *session) note(phase, section, text string) int {
	id := s.nextID
	s.nextID++
	s.add(model.Event{Kind: model.NoteAdded, Phase: phase, Note: id, Section: section, Text: text})
	return id
}

// why adds a why under parent.
func (s *session) why(phase string, parent int, text string) int {
	id := s.nextID
	s.nextID++
	s.add(model.Event{Kind: model.NoteAdded, Phase: phase, Note: id, Parent: parent, Text: text})
	return id
}

func (s *session) impact(field, value string) {
	s.add(model.Event{Kind: model.ImpactSet, Field: field, Value: value})
}

// dismissFirst dismisses the first flag the default checker raises on a
// note, as a facilitator would; the rule id comes from the checker so the
// fixture does not hard-code the rule set's naming.
func (s *session) dismissFirst(t testing.TB, names []string, id int, text string) {
	t.Helper()
	f := phrasing.NewChecker(phrasing.DefaultRules(), names).Check(text)
	if len(f) == 0 {
		t.Fatalf("fixture: the checker raises no flag on %q to dismiss", text)
	}
	s.add(model.Event{Kind: model.FlagDismissed, Note: id, Rule: f[0].Rule})
}

// checkoutSetup is seed 002's example incident.
var checkoutSetup = model.Setup{
	Title:        "Checkout errors after deploy v2.31.4",
	Service:      "payments/checkout",
	Severity:     model.SEV2,
	IncidentDate: "2026-02-16",
	Attendees: []model.Attendee{
		{Name: "Maya", Role: model.RoleFacilitator},
		{Name: "Tom", Role: model.RoleScribe},
		{Name: "Alice", Role: model.RoleCommander},
		{Name: "Priya", Role: model.RoleOwner},
		{Name: "Omar", Role: model.RoleParticipant},
	},
}

// reviewAgenda is the default agenda's phases, fixed here so the goldens
// do not change when the embedded default's wording does.
func reviewAgenda() agenda.Agenda {
	return agenda.Agenda{
		Name: "Blameless postmortem review", WarnMinutes: 1, Checklist: agenda.DefaultChecklist,
		Phases: []agenda.Phase{
			{ID: "opening", Title: "Opening statement", Minutes: 1, Capture: agenda.CaptureOpening,
				Prompts: []string{"Read the Retrospective Prime Directive aloud."}},
			{ID: "impact", Title: "Impact to customers / partners", Minutes: 5, Capture: agenda.CaptureImpact},
			{ID: "timeline", Title: "Timeline", Minutes: 15, Capture: agenda.CaptureTimeline},
			{ID: "well", Title: "What went well", Minutes: 5, Capture: agenda.CaptureWell},
			{ID: "poorly", Title: "What didn't go well", Minutes: 15, Capture: agenda.CapturePoorly,
				Prompts: []string{"What made this possible? What guard should have caught this?"}},
			{ID: "actions", Title: "Action items", Minutes: 15, Capture: agenda.CaptureActions},
		},
	}
}

// checkoutSession is the seed 002 incident reviewed on the default agenda
// two days later: every phase, edits, a move, a delete, a parked tangent,
// an extension, a dismissed flag and one left open.
func checkoutSession(t testing.TB) []model.Event {
	t.Helper()
	s := newSession(time.Date(2026, 2, 18, 13, 58, 0, 0, time.UTC), checkoutSetup, reviewAgenda())
	s.wait(2 * time.Minute).phase("opening")
	s.note("opening", "", "Prime Directive read aloud; roles confirmed.")

	s.wait(40 * time.Second).phase("impact")
	s.impact("duration", "31 minutes")
	s.impact("error_rate", "12% of checkout requests")
	s.impact("error_rate_normal", "<0.1%")
	s.impact("latency_p99", "2400ms")
	s.impact("latency_slo", "300ms")
	s.impact("affected", "~18% of checkout traffic (EU region)")
	s.impact("slo_burn", "14x")
	s.impact("budget", "35% of the monthly error budget")
	s.impact("revenue", "$12k est. (4,100 orders failed)")
	s.note("impact", "", "Card payments in the EU region failed with HTTP 503 for 31 minutes.")

	s.wait(4 * time.Minute).phase("timeline")
	for _, line := range []string{
		"09:14 Deploy v2.31.4 to prod (canary 5%) #started",
		"09:17 Error rate spike detected by Alertmanager (PagerDuty fires) #detected",
		"09:19 On-call acknowledges, starts investigation",
		"09:28 Connection pool exhaustion identified",
		"09:31 Mitigation applied: rolled back to v2.31.3 #mitigated",
		"09:41 Error rate returned to baseline",
		"09:45 All-clear declared, monitoring window opened #resolved",
	} {
		s.wait(time.Minute)
		s.note("timeline", "", line)
	}
	typo := s.note("timeline", "", "9:2 Canary promoted to 100%")
	s.add(model.Event{Kind: model.NoteEdited, Note: typo, Text: "Canary promoted to 100% (time unknown, before 09:20)"})
	s.add(model.Event{Kind: model.TimerExtended, Seconds: 120})

	s.wait(10 * time.Minute).phase("well")
	s.note("well", "", "Alertmanager paged within 3 minutes of the error spike.")
	s.note("well", "", "The rollback runbook had the right steps; the rollback took 2 minutes.")

	s.wait(5 * time.Minute).phase("poorly")
	f1 := s.note("poorly", model.SectionFactor, "Staging uses 10% of production's connection pool size, so pool exhaustion only shows under production load.")
	s.why("poorly", f1, "Staging was sized for cost in 2024 and never compared with production since.")
	f2 := s.note("poorly", model.SectionFactor, "Connection pool utilization had no alert; the first signal was the 5xx spike, 11 minutes after saturation began.")
	w := s.why("poorly", f2, "The service was onboarded before the platform team added the standard pool alert.")
	s.why("poorly", w, "Onboarding has no check that the standard alerts exist.")
	gate := s.note("poorly", "", "The canary gate checks the error rate only, not pool saturation.")
	s.add(model.Event{Kind: model.NoteMoved, Note: gate, Section: model.SectionFactor})
	blame := "Tom should have checked the pool size before the deploy."
	id := s.note("poorly", "", blame)
	s.dismissFirst(t, checkoutSetup.Names(), id, blame)
	s.note("poorly", "", "Nobody could tell whether the pool was sized per pod or per service; the root cause was human error.")
	s.note("poorly", model.SectionLucky, "The incident began in business hours with the whole payments team online.")
	s.note("poorly", model.SectionParked, "Should payments move to the new connection pooler?")
	gone := s.note("poorly", "", "duplicate of the canary note")
	s.add(model.Event{Kind: model.NoteDeleted, Note: gone})

	s.wait(12 * time.Minute).phase("actions")
	for _, line := range []string{
		"Add Prometheus alert: pg_pool_utilization > 0.8 for 5m @alice due:2026-03-04 ENG-4421 P1 #detect",
		"Size the staging connection pool like production @omar due:2026-03-11 ENG-4422 P2 #prevent",
		"Add a pool saturation check to the canary gate @priya due:2026-03-16 ENG-4423 P1 #prevent",
		"Add the pool-exhaustion rollback to the runbook @tom due:2026-03-02 #mitigate",
		"Improve awareness of connection pool limits @payments-team",
	} {
		s.wait(2 * time.Minute)
		s.note("actions", "", line)
	}
	s.wait(3 * time.Minute).add(model.Event{Kind: model.MeetingEnded})
	s.add(model.Event{Kind: model.SessionClosed})
	return s.events
}

// nasty is every string that has broken a Markdown export somewhere.
var nasty = []string{
	"pipes | in || the | middle |",
	"line one\nline two\r\nline three\rline four",
	"`code` and ``` fences ```` and a lone `",
	"<script>alert('xss')</script>",
	"<img src=x onerror=alert(1)> <b>bold</b> <!-- comment --> <details>open</details>",
	"AT&T &amp; &#x3C; &lt;not html&gt; &copy;",
	"# leading hash",
	"---",
	"***",
	"___",
	"> a quote",
	"* star item",
	"- dash item",
	"+ plus item",
	"1. ordered",
	"2) ordered too",
	"===",
	"    four spaces of code",
	"\ttab first",
	"[a link](javascript:alert(1)) ![image](http://x/y.png) [ref]: http://evil",
	"~~strike~~ _under_ *star* **bold** __dunder__",
	"trailing backslash \\",
	"closing hashes ##",
	"emoji 🔥👩‍💻🇺🇦 wide 漢字テスト",
	"\x1b[31mred\x1b[0m \x1b]0;owned\x07 \x1b[2J",
	"nul\x00 bell\x07 del\x7f",
	"c1 \u009b31m csi \u0085 nel",
	"bidi \u202egnp.exe\u202c",
	"invalid utf-8 \xff\xfe end",
	"|",
	"\\|",
	"<",
	"&",
	"",
}

// hostileSession puts every nasty string in notes, titles, attendee
// names, phase titles, impact values, the summary and action items.
func hostileSession(t testing.TB) []model.Event {
	t.Helper()
	a := agenda.Agenda{Name: "<b>hostile</b>", WarnMinutes: 1, Checklist: agenda.DefaultChecklist}
	caps := agenda.Captures
	for i, c := range caps {
		a.Phases = append(a.Phases, agenda.Phase{
			ID: string(c), Title: nasty[i%len(nasty)] + " " + string(c), Minutes: 1, Capture: c,
		})
	}
	setup := model.Setup{
		Title:        "<script>alert(1)</script> | `title` # \x1b[31m",
		Service:      "svc|<i>&amp;\n---",
		Severity:     model.SEV1,
		IncidentDate: "2026-12-31",
	}
	for i, n := range nasty[:6] {
		setup.Attendees = append(setup.Attendees, model.Attendee{Name: n + " " + fmt.Sprint(i), Role: model.Roles[i%len(model.Roles)]})
	}
	s := newSession(time.Date(2027, 1, 2, 9, 0, 0, 0, time.UTC), setup, a)
	for i, f := range model.ImpactFields {
		s.impact(f.Key, nasty[i%len(nasty)])
	}
	s.impact("zz_<unknown>|key", "<b>value</b>")
	for _, p := range a.Phases {
		s.phase(p.ID)
		for _, n := range nasty {
			if n == "" {
				continue
			}
			switch p.Capture {
			case agenda.CaptureTimeline:
				s.note(p.ID, "", "23:5"+fmt.Sprint(len(n)%10)+" "+n+" #started")
				s.note(p.ID, "", "2027-01-01 00:0"+fmt.Sprint(len(n)%10)+" "+n+" #resolved")
				s.note(p.ID, "", n)
			case agenda.CaptureActions:
				s.note(p.ID, "", n+" @alice due:2027-01-10 ENG-1 P1 #prevent")
			case agenda.CapturePoorly:
				id := s.note(p.ID, model.SectionFactor, n)
				s.why(p.ID, s.why(p.ID, id, n), "why "+n)
				s.note(p.ID, model.SectionLucky, n)
				s.note(p.ID, model.SectionParked, n)
				s.note(p.ID, "", n+" should have been caught, human error")
			default:
				s.note(p.ID, "", n)
			}
		}
	}
	s.add(model.Event{Kind: model.SummarySet, Text: "First paragraph with <script> and | pipes.\n---\n\n\n# not a heading\n1. not a list\n\x1b[2J"})
	s.add(model.Event{Kind: model.MeetingEnded})
	return s.events
}

// fold folds events or fails the test.
func fold(t testing.TB, events []model.Event) *model.State {
	t.Helper()
	s, err := model.Fold(events)
	if err != nil {
		t.Fatalf("fold: %v", err)
	}
	return s
}

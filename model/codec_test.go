package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/agenda"
	"gopkg.in/yaml.v3"
)

var t0 = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

func testAgenda() *agenda.Agenda {
	return &agenda.Agenda{
		Name:        "test",
		WarnMinutes: 1,
		Checklist:   agenda.DefaultChecklist,
		Phases: []agenda.Phase{
			{ID: "opening", Title: "Opening", Minutes: 1, Capture: agenda.CaptureOpening, Prompts: []string{"Read the Prime Directive"}},
			{ID: "impact", Title: "Impact", Minutes: 5, Capture: agenda.CaptureImpact},
			{ID: "poorly", Title: "What didn't go well", Minutes: 15.5, Capture: agenda.CapturePoorly},
		},
	}
}

func testSetup() *Setup {
	return &Setup{Title: "DB pool exhausted", Service: "checkout", Severity: SEV2, IncidentDate: "2026-11-18",
		TimeZone: "Europe/Lisbon", Attendees: []Attendee{{Name: "Ana", Role: RoleFacilitator}, {Name: "Bo", Role: RoleScribe}}}
}

// everyKind is a valid session using each event kind at least once.
func everyKind() []Event {
	evs := []Event{
		{Kind: SessionCreated, Setup: testSetup(), Agenda: testAgenda()},
		{Kind: SetupChanged, Setup: &Setup{Title: "DB pool exhausted again", Severity: SEV1}},
		{Kind: PhaseStarted, Phase: "opening"},
		{Kind: TimerExtended, Seconds: 60},
		{Kind: TimerPaused},
		{Kind: TimerResumed},
		{Kind: PhaseStarted, Phase: "poorly"},
		{Kind: NoteAdded, Note: 1, Phase: "poorly", Text: "the pool alert never fired"},
		{Kind: NoteAdded, Note: 2, Phase: "poorly", Parent: 1, Text: "why: threshold at 100%"},
		{Kind: NoteAdded, Note: 3, Phase: "poorly", Section: SectionLucky, Text: "traffic was low"},
		{Kind: NoteEdited, Note: 1, Text: "the pool alert did not fire"},
		{Kind: NoteMoved, Note: 1, Section: SectionFactor},
		{Kind: FlagDismissed, Note: 1, Rule: "counterfactual"},
		{Kind: NoteDeleted, Note: 3},
		{Kind: ImpactSet, Field: "duration", Value: "47m"},
		{Kind: SummarySet, Text: "Checkout failed for 47 minutes."},
		{Kind: RiskAccepted, Value: "yes"},
		{Kind: DraftSaved, Phase: "poorly", Field: DraftEdit, Note: 1, Text: "the pool alert"},
		{Kind: SessionClosed},
		{Kind: SessionResumed},
		{Kind: MeetingEnded},
	}
	for i := range evs {
		evs[i].Seq = i + 1
		evs[i].At = t0.Add(time.Duration(i)*time.Second + time.Duration(i)*time.Millisecond)
	}
	return evs
}

func encodeLog(t testing.TB, evs []Event) []byte {
	t.Helper()
	buf := EncodeHeader()
	for _, ev := range evs {
		var err error
		if buf, err = AppendEvent(buf, ev); err != nil {
			t.Fatal(err)
		}
	}
	return buf
}

func TestRoundTripEveryKind(t *testing.T) {
	evs := everyKind()
	seen := map[Kind]bool{}
	for _, ev := range evs {
		seen[ev.Kind] = true
	}
	for _, k := range []Kind{SessionCreated, SetupChanged, PhaseStarted, MeetingEnded, TimerPaused, TimerResumed,
		TimerExtended, NoteAdded, NoteEdited, NoteDeleted, NoteMoved, FlagDismissed, ImpactSet, SummarySet,
		RiskAccepted, SessionClosed, SessionResumed} {
		if !KnownKind(k) {
			t.Errorf("KnownKind(%q) = false", k)
		}
		if !seen[k] {
			t.Errorf("the round trip does not cover %q", k)
		}
	}
	data := encodeLog(t, evs)
	got, warns, err := DecodeLog("s.yaml", data)
	if err != nil || len(warns) > 0 {
		t.Fatalf("DecodeLog: %v %v", err, warns)
	}
	if !reflect.DeepEqual(got, evs) {
		t.Fatalf("round trip differs:\n got %+v\nwant %+v", got, evs)
	}
	// Each event is one line, so a diff in git shows one line per change.
	if n := bytes.Count(data, []byte("\n")); n != 5+len(evs) {
		t.Errorf("%d lines, want %d:\n%s", n, 5+len(evs), data)
	}
}

func TestEncodeEventUTC(t *testing.T) {
	at := time.Date(2026, 11, 20, 12, 0, 0, 500_000_000, time.FixedZone("EET", 2*3600))
	line, err := EncodeEvent(Event{Seq: 1, At: at, Kind: SessionCreated, Agenda: testAgenda()})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(line, []byte(`- {"seq":1,"at":"2026-11-20T10:00:00.5Z","kind":"session_created",`)) ||
		!bytes.HasSuffix(line, []byte("}\n")) || bytes.Count(line, []byte("\n")) != 1 {
		t.Errorf("line = %s", line)
	}
	for _, ev := range []Event{{Seq: 0, At: at, Kind: NoteAdded}, {Seq: 1, Kind: NoteAdded}, {Seq: 1, At: at, Kind: "nope"}} {
		if _, err := EncodeEvent(ev); err == nil {
			t.Errorf("EncodeEvent(%+v) wrote an event DecodeLog would refuse", ev)
		}
	}
}

// hostile is text a scribe could paste, or a stranger's session file hold.
var hostile = []string{
	"line one\nline two\r\nthree",
	"\x1b[2J\x1b[31mred\x1b[0m \x1b]0;title\x07 \u009b31m csi",
	"nul\x00byte",
	"bad utf8 \xff\xfe \xc3",
	"- {\"seq\":99,\"kind\":\"note_added\"}",
	"events:\ndebrief: session\nversion: 9",
	"# not a comment",
	"tab\tdel\x7f nel\u0085 ls\u2028 ps\u2029 nonchar\uffff\ufffe bom\ufeff",
	"quotes \" ' ` \\ <b>&amp;</b> | pipes | --- ...",
	strings.Repeat("long ", 20000),
}

func TestHostileTextRoundTrips(t *testing.T) {
	evs := everyKind()[:8]
	for i, h := range hostile {
		evs = append(evs, Event{Seq: len(evs) + 1, At: t0.Add(time.Minute), Kind: NoteEdited, Note: 1, Text: h})
		_ = i
	}
	data := encodeLog(t, evs)
	if n := bytes.Count(data, []byte("\n")); n != 5+len(evs) {
		t.Fatalf("hostile text broke a line: %d lines, want %d", n, 5+len(evs))
	}
	for _, c := range []string{"\x1b", "\x00", "\x7f", "\u009b", "\u0085", "\u2028", "\uffff"} {
		if bytes.Contains(data, []byte(c)) {
			t.Errorf("the file holds a raw %q", c)
		}
	}
	if !utf8.Valid(data) {
		t.Error("the file is not valid UTF-8")
	}
	got, _, err := DecodeLog("s.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hostile {
		// Invalid UTF-8 cannot be kept in a UTF-8 file; each bad byte
		// becomes U+FFFD, and that then round-trips exactly.
		want := validUTF8(h)
		if g := got[8+i].Text; g != want {
			t.Errorf("hostile %d: got %q, want %q", i, clip([]byte(g)), clip([]byte(want)))
		}
	}
	// The same file must read the same through yaml.v3: it is YAML.
	yl, err := parseYAML("s.yaml", data)
	if err != nil {
		t.Fatalf("the file is not valid YAML: %v", err)
	}
	if !reflect.DeepEqual(yl.Events, got) {
		t.Error("yaml.v3 reads the file differently from the fast path")
	}
}

func validUTF8(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

func TestTornLastRecord(t *testing.T) {
	evs := everyKind()
	full := encodeLog(t, evs)
	lastStart := bytes.LastIndexByte(full[:len(full)-1], '\n') + 1
	for cut := lastStart + 1; cut < len(full); cut++ {
		l, err := ParseLog("s.yaml", full[:cut])
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		switch {
		case cut == len(full)-1: // only the newline is missing
			if len(l.Events) != len(evs) || len(l.Warnings) != 0 {
				t.Errorf("cut at %d: %d events, warnings %v", cut, len(l.Events), l.Warnings)
			}
		default:
			if len(l.Events) != len(evs)-1 || l.Keep != lastStart {
				t.Errorf("cut at %d: %d events, keep %d; want %d, %d", cut, len(l.Events), l.Keep, len(evs)-1, lastStart)
			}
			want := fmt.Sprintf("s.yaml:%d: dropped a torn last record (the session was interrupted while writing)", 5+len(evs))
			if len(l.Warnings) != 1 || l.Warnings[0] != want {
				t.Errorf("cut at %d: warnings %q", cut, l.Warnings)
			}
		}
	}
	// A power cut can leave a tail of NULs instead.
	l, err := ParseLog("s.yaml", append(full[:lastStart:lastStart], make([]byte, 300)...))
	if err != nil || len(l.Events) != len(evs)-1 || len(l.Warnings) != 1 {
		t.Errorf("NUL tail: %v, %d events, %v", err, len(l.Events), l.Warnings)
	}
}

func TestDecodeErrors(t *testing.T) {
	good := string(encodeLog(t, everyKind()[:3]))
	lines := strings.SplitAfter(good, "\n")
	header := strings.Join(lines[:5], "")
	ev1, ev2, ev3 := lines[5], lines[6], lines[7]
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "s.yaml: the file is empty, not a debrief session (nothing was ever written to it)"},
		{"blank", " \n\n", "s.yaml: the file is empty"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", "s.yaml: not a debrief session file (binary data)"},
		{"other yaml", "name: default\nphases:\n  - id: x\n", `s.yaml:1: not a debrief session file (no "debrief: session" line)`},
		{"a list", "- a\n- b\n", `s.yaml:1: not a debrief session file (no "debrief: session" line)`},
		{"other debrief", "debrief: agenda\nversion: 1\nevents:\n", `s.yaml:1: not a debrief session file (debrief: "agenda"`},
		{"newer", strings.Replace(header, "version: 1", "version: 2", 1) + ev1,
			"s.yaml:4: version: version 2 was written by a newer debrief (this one reads version 1); upgrade debrief to open it"},
		{"newer block", "debrief: session\nversion: 3\nevents:\n  - seq: 1\n    shiny: true\n", "s.yaml:2: version: version 3 was written by a newer debrief"},
		{"bad version", strings.Replace(header, "version: 1", "version: one", 1), `s.yaml:4: version: want 1, found " one"`},
		{"no version", "debrief: session\nevents:\n", "s.yaml:1: version: missing"},
		{"broken middle", header + ev1 + ev2[:20] + "\n" + ev3, "s.yaml:7: not a complete event"},
		{"garbage middle", header + ev1 + "<<<<<<< HEAD\n" + ev2 + ev3, `s.yaml:7: not an event line`},
		{"unknown field", header + ev1 + strings.Replace(ev2, `"kind"`, `"colour":"red","kind"`, 1) + ev3, "s.yaml:7: colour: unknown field"},
		{"unknown nested", header + strings.Replace(ev1, `"title"`, `"mood":"ok","title"`, 1), "s.yaml:6: mood: unknown field"},
		{"wrong type", header + strings.Replace(ev1, `"seq":1`, `"seq":"1"`, 1), "s.yaml:6: seq: want a number, found string"},
		{"bad time", header + strings.Replace(ev1, `"2026-11-20T10:00:00Z"`, `"yesterday"`, 1), `s.yaml:6: at: want a UTC time`},
		{"no time", header + strings.Replace(ev1, `"at":"2026-11-20T10:00:00Z",`, ``, 1), "s.yaml:6: at: missing"},
		{"first seq", header + strings.Replace(ev1, `"seq":1`, `"seq":4`, 1), "s.yaml:6: seq: the first event must have seq 1, found 4"},
		{"seq gap", header + ev1 + ev3, "s.yaml:7: seq: want 2 (one after the event before), found 3"},
		{"seq repeat", header + ev1 + ev2 + ev2, "s.yaml:8: seq: want 3 (one after the event before), found 2"},
		{"unknown kind", header + ev1 + strings.Replace(ev2, `"setup_changed"`, `"confetti"`, 1), `s.yaml:7: kind: unknown kind "confetti"`},
		{"semantic", header + ev1 + `- {"seq":2,"at":"2026-11-20T10:01:00Z","kind":"note_edited","note":7}` + "\n",
			"s.yaml:7: note_edited: no note 7"},
		{"not first", header + `- {"seq":1,"at":"2026-11-20T10:01:00Z","kind":"timer_paused"}` + "\n",
			`s.yaml:6: the first event must be session_created, not "timer_paused"`},
		{"trailing text", header + ev1 + strings.TrimSuffix(ev2, "\n") + " x\n" + ev3, `s.yaml:7: unexpected text "x" after the event`},
		{"yaml unknown", "debrief: session\nversion: 1\nevents:\n  - seq: 1\n    at: 2026-11-20T10:00:00Z\n    kind: session_created\n    colour: red\n",
			"s.yaml:7: colour: unknown field"},
		{"yaml top unknown", "debrief: session\nversion: 1\nauthor: me\nevents: []\n", "s.yaml:3: author: unknown field"},
		{"yaml syntax", "debrief: session\nversion: 1\nevents:\n  - seq: [1\n    at: x\n", "s.yaml:3: did not find expected"},
		{"yaml semantic", "debrief: session\nversion: 1\nevents:\n  - seq: 1\n    at: 2026-11-20T10:00:00Z\n    kind: note_added\n",
			`s.yaml:4: the first event must be session_created`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := DecodeLog("s.yaml", []byte(tt.data))
			var le *LogError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v (%T), want a *LogError", err, err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %q\nwant %q...", err, tt.want)
			}
		})
	}
}

func TestHeaderOnlyHasNoEvents(t *testing.T) {
	evs, warns, err := DecodeLog("s.yaml", EncodeHeader())
	if err != nil || len(evs) != 0 || len(warns) != 0 {
		t.Errorf("header only: %v %v %v", evs, warns, err)
	}
}

func TestBlockYAMLFallback(t *testing.T) {
	evs := everyKind()
	block := "# reformatted by hand\ndebrief: session\nversion: 1\nevents:\n"
	for _, ev := range evs {
		line, err := EncodeEvent(ev)
		if err != nil {
			t.Fatal(err)
		}
		block += reblock(t, line)
	}
	l, err := ParseLog("s.yaml", []byte(block))
	if err != nil {
		t.Fatalf("%v\n%s", err, block)
	}
	if l.Canonical {
		t.Error("a block YAML file reported as canonical")
	}
	if !reflect.DeepEqual(l.Events, evs) {
		t.Errorf("block YAML reads differently:\n got %+v\nwant %+v", l.Events, evs)
	}
	// A person who adds a line in YAML's flow style, unquoted.
	n := len(evs) + 1
	flow := string(encodeLog(t, evs)) + fmt.Sprintf("- {seq: %d, at: 2026-11-20T11:00:00Z, kind: summary_set, text: hand written}\n", n)
	l, err = ParseLog("s.yaml", []byte(flow))
	if err != nil || len(l.Events) != n || l.Events[n-1].Text != "hand written" {
		t.Errorf("flow-style line: %v", err)
	}
}

// reblock rewrites one event line as an indented block mapping, the way a
// person tidying the file in an editor might.
func reblock(t *testing.T, line []byte) string {
	var m map[string]any
	if err := yaml.Unmarshal(line[2:], &m); err != nil {
		t.Fatal(err)
	}
	out, err := yaml.Marshal([]any{m})
	if err != nil {
		t.Fatal(err)
	}
	return indent(string(out), "  ")
}

func indent(s, pre string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pre + l
		}
	}
	return strings.Join(lines, "")
}

func TestLogErrorFormat(t *testing.T) {
	for _, tt := range []struct {
		e    LogError
		want string
	}{
		{LogError{"f", 3, "seq", "bad"}, "f:3: seq: bad"},
		{LogError{"f", 0, "", "bad"}, "f: bad"},
		{LogError{"f", 3, "", "bad"}, "f:3: bad"},
		{LogError{"", 0, "seq", "bad"}, "seq: bad"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.e, got, tt.want)
		}
	}
}

// realistic is a long meeting: phases started in turn (and one step back),
// notes added, edited, deleted and moved, the clock paused and extended.
func realistic(n int) []Event {
	ag := testAgenda()
	evs := []Event{{Kind: SessionCreated, Setup: testSetup(), Agenda: ag}}
	note := 0
	for len(evs) < n {
		i := len(evs)
		phase := ag.Phases[(i/500)%len(ag.Phases)].ID
		switch {
		case i%500 == 1:
			evs = append(evs, Event{Kind: PhaseStarted, Phase: phase})
		case i%97 == 0:
			evs = append(evs, Event{Kind: TimerExtended, Seconds: 60})
		case i%7 == 3 && note > 0:
			evs = append(evs, Event{Kind: NoteEdited, Note: note, Text: fmt.Sprintf("edited: the pool alert fired %d minutes late", i%60)})
		case i%13 == 5 && note > 0 && phase == "poorly":
			evs = append(evs, Event{Kind: NoteMoved, Note: note, Section: SectionFactor})
		default:
			note++
			evs = append(evs, Event{Kind: NoteAdded, Note: note, Phase: phase,
				Text: fmt.Sprintf("09:%02d checkout p99 latency above 2s; connection pool at %d%% (note %d)", i%60, i%100, note)})
		}
	}
	for i := range evs {
		evs[i].Seq = i + 1
		evs[i].At = t0.Add(time.Duration(i) * 1300 * time.Millisecond)
	}
	return evs
}

func TestRealisticFolds(t *testing.T) {
	evs := realistic(2000)
	if _, err := Fold(evs); err != nil {
		t.Fatal(err)
	}
	got, _, err := DecodeLog("s.yaml", encodeLog(t, evs))
	if err != nil || !reflect.DeepEqual(got, evs) {
		t.Fatalf("realistic round trip: %v", err)
	}
}

func BenchmarkDecodeLog10k(b *testing.B) {
	data := encodeLog(b, realistic(10_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := DecodeLog("s.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAndFold10k is what resume and export pay: decode, then the
// fold a caller runs on the events (DecodeLog's own check folds too; ParseLog
// hands that state back so a caller need not).
func BenchmarkLoadAndFold10k(b *testing.B) {
	data := encodeLog(b, realistic(10_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		evs, _, err := DecodeLog("s.yaml", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Fold(evs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeEvent(b *testing.B) {
	ev := realistic(3)[2]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodeEvent(ev); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecodeFlatAgrees holds the reflection-free fast decoder to
// encoding/json: on every line it accepts, including every cut and byte
// change of real lines, json must accept it too and decode the same event.
func TestDecodeFlatAgrees(t *testing.T) {
	evs := append(realistic(300), everyKind()...)
	for i, h := range hostile[:9] {
		evs = append(evs, Event{Seq: i + 1, At: t0, Kind: NoteEdited, Note: 7, Text: h})
	}
	var corpus [][]byte
	for _, ev := range evs {
		line, err := EncodeEvent(ev)
		if err != nil {
			t.Fatal(err)
		}
		corpus = append(corpus, bytes.TrimSpace(line[2:]))
	}
	corpus = append(corpus, []byte(`{"seq":-0}`), []byte(`{"seq":007}`), []byte(`{"SEQ":1}`), []byte(`{"seq":1,"seq":2}`),
		[]byte(`{"text":null}`), []byte(`{"at":"2026-11-20T10:00:00+02:00"}`), []byte(`{"seq":1} `), []byte(`{}`))
	took := 0
	check := func(js []byte) {
		var fast, slow Event
		if !decodeFlat(js, &fast) {
			return
		}
		took++
		dec := json.NewDecoder(bytes.NewReader(js))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&slow); err != nil || dec.More() {
			t.Fatalf("decodeFlat took %q, encoding/json refuses it: %v", js, err)
		}
		if !reflect.DeepEqual(fast, slow) || !fast.At.Equal(slow.At) {
			t.Fatalf("%q: decodeFlat %+v, encoding/json %+v", js, fast, slow)
		}
	}
	for _, js := range corpus {
		check(js)
		for cut := range js {
			check(js[:cut])
		}
		for i := 0; i < len(js); i += 3 {
			for _, c := range []byte{'"', '\\', '}', ',', ':', '0', 'x', 0x1b, 0xff} {
				m := bytes.Clone(js)
				m[i] = c
				check(m)
			}
		}
	}
	if took < len(evs)/2 {
		t.Errorf("decodeFlat took only %d lines", took)
	}
}

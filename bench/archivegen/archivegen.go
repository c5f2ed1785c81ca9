// Package archivegen writes a realistic archive of debrief postmortems:
// many services, recurring contributing factors, action items some of
// which the team later marked done, and dates over five years, each file
// a real debrief export (meeting record included). The archive benchmarks
// and bench/cmd/genarchive use it.
package archivegen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
)

// Epoch is the first incident date; incidents spread over five years.
var Epoch = time.Date(2021, 11, 1, 0, 0, 0, 0, time.UTC)

// Now is the day the archive is written as of, for "done" being likelier
// on older items.
var Now = Epoch.AddDate(5, 0, 0)

// Write writes n postmortems under dir as YEAR/SERVICE/DATE-slug.md and
// returns their total size in bytes.
func Write(dir string, n int) (int64, error) {
	var total int64
	for i := range n {
		rel, data := Postmortem(i)
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return total, err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return total, err
		}
		total += int64(len(data))
	}
	return total, nil
}

// Postmortem returns the i-th postmortem's path inside the archive and its
// Markdown; the same i always gives the same bytes.
func Postmortem(i int) (string, []byte) {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	events, st := Events(i, rng)
	md := export.Markdown(st, events, export.Options{})
	md = markStatus(md, st, rng)
	date := st.Created.Format(time.DateOnly)
	slug := strings.ReplaceAll(strings.ToLower(strings.Fields(st.Setup.Title)[0]+"-"+strings.Fields(st.Setup.Title)[1]), "/", "-")
	rel := filepath.Join(date[:4], st.Setup.Service, fmt.Sprintf("%s-%s-%d.md", date, slug, i))
	return rel, []byte(md)
}

// Events returns the meeting of the i-th postmortem and its fold.
func Events(i int, rng *rand.Rand) ([]model.Event, *model.State) {
	t := topics[rng.IntN(len(topics))]
	svc := services[rng.IntN(len(services))]
	sev := model.Severities[min(rng.IntN(10)/3, 3)]
	// Spread over five years, with a unique second so meetings differ.
	incident := Epoch.Add(time.Duration(rng.Int64N(int64(5 * 365 * 24 * time.Hour)))).Truncate(time.Minute).Add(time.Duration(i%60) * time.Second)
	review := incident.Add(time.Duration(2+rng.IntN(12))*24*time.Hour + time.Duration(rng.IntN(8))*time.Hour).Add(time.Duration(i) * time.Millisecond)

	b := builder{at: review, i: 0}
	a := agenda.Default()
	var att []model.Attendee
	for j, r := range []model.Role{model.RoleFacilitator, model.RoleScribe, model.RoleCommander, model.RoleOwner, model.RoleParticipant} {
		att = append(att, model.Attendee{Name: people[(i+j*3)%len(people)], Role: r})
	}
	su := model.Setup{Title: t.title, Service: svc, Severity: sev, IncidentDate: incident.Format(time.DateOnly), Attendees: att}
	b.add(model.Event{Kind: model.SessionCreated, Setup: &su, Agenda: &a})
	note := 0
	addNote := func(phase, section, text string, parent int) int {
		note++
		b.add(model.Event{Kind: model.NoteAdded, Phase: phase, Note: note, Section: section, Text: text, Parent: parent})
		return note
	}
	b.phase("opening")
	b.phase("impact")
	b.add(model.Event{Kind: model.ImpactSet, Field: "error_rate", Value: fmt.Sprintf("%d%%", 2+rng.IntN(40))})
	b.add(model.Event{Kind: model.ImpactSet, Field: "affected", Value: fmt.Sprintf("~%d%% of users", 1+rng.IntN(60))})
	addNote("impact", "", fmt.Sprintf("About %d support tickets were opened during the incident", 5+rng.IntN(300)), 0)

	b.phase("timeline")
	clock := incident
	step := func(lo, hi int) time.Time {
		clock = clock.Add(time.Duration(lo+rng.IntN(hi-lo+1)) * time.Minute)
		return clock
	}
	line := func(at time.Time, text string, mark string) {
		addNote("timeline", "", fmt.Sprintf("%s %s %s", at.Format("2006-01-02 15:04"), text, mark), 0)
	}
	line(clock, "Deploy of the change that started it for "+svc, "#started")
	line(step(1, 40), fmt.Sprintf(t.events[0], svc), "#detected")
	line(step(3, 60), fmt.Sprintf(t.events[1], svc), "")
	line(step(2, 90), fmt.Sprintf(t.events[2], svc), "#mitigated")
	line(step(5, 240), t.events[3], "#resolved")

	b.phase("well")
	addNote("well", "", well[rng.IntN(len(well))], 0)
	b.phase("poorly")
	nf := 1 + rng.IntN(len(t.factors))
	for j := range nf {
		f := t.factors[(j+i)%len(t.factors)]
		id := addNote("poorly", "", f[0], 0)
		b.add(model.Event{Kind: model.NoteMoved, Note: id, Section: model.SectionFactor})
		if rng.IntN(3) > 0 {
			b.add(model.Event{Kind: model.Classified, Field: model.ClassFactor, Note: id, Value: f[1]})
		}
		if j == 0 {
			parent := id
			for _, w := range t.whys {
				parent = addNote("poorly", "", w, parent)
			}
		}
	}
	addNote("poorly", "", t.poorly[0], 0)
	if rng.IntN(4) > 0 {
		b.add(model.Event{Kind: model.Classified, Field: model.ClassTrigger, Value: t.trigger})
	}

	b.phase("actions")
	for j, act := range t.actions {
		if j > 0 && rng.IntN(3) == 0 {
			continue
		}
		due := review.AddDate(0, 0, 7+rng.IntN(80)).Format(time.DateOnly)
		addNote("actions", "", fmt.Sprintf(act+" %s due:%s ENG-%d P%d #%s", svc, owners[rng.IntN(len(owners))], due,
			1000+rng.IntN(9000), rng.IntN(4), []string{"prevent", "mitigate", "detect", "process"}[j%4]), 0)
	}
	b.add(model.Event{Kind: model.MeetingEnded})
	st, err := model.Fold(b.events)
	if err != nil {
		panic("archivegen: " + err.Error())
	}
	return b.events, st
}

// builder numbers events and moves the meeting clock on.
type builder struct {
	at     time.Time
	i      int
	events []model.Event
}

func (b *builder) add(ev model.Event) {
	b.i++
	b.at = b.at.Add(40 * time.Second)
	ev.Seq, ev.At = b.i, b.at
	b.events = append(b.events, ev)
}

func (b *builder) phase(id string) { b.add(model.Event{Kind: model.PhaseStarted, Phase: id}) }

// markStatus adds the Status column a team adds to the exported table as
// items land: older items are likelier done.
func markStatus(md string, st *model.State, rng *rand.Rand) string {
	lines := strings.Split(md, "\n")
	in := false
	row := 0
	age := Now.Sub(st.Created).Hours() / 24 / 365 // years
	for k, l := range lines {
		switch {
		case strings.HasPrefix(l, "## "):
			in = l == "## Action Items"
		case !in || !strings.HasPrefix(l, "|"):
		case row == 0:
			lines[k] = l + " Status |"
			row++
		case row == 1:
			lines[k] = l + "---|"
			row++
		default:
			status := "open"
			if rng.Float64() < 0.3+age/6 {
				status = "done"
			}
			lines[k] = l + " " + status + " |"
		}
	}
	return strings.Join(lines, "\n")
}

package importer

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// pdEntry is one of PagerDuty's REST log entries.
type pdEntry struct {
	Type      string  `json:"type"`
	CreatedAt string  `json:"created_at"`
	Summary   string  `json:"summary"`
	Agent     *pdRef  `json:"agent"`
	Channel   *pdRef  `json:"channel"`
	Incident  *pdRef  `json:"incident"`
	Note      *string `json:"note"`
}

type pdRef struct {
	Type    string `json:"type"`
	Summary string `json:"summary"`
	Content string `json:"content"`
}

// pdTypes maps the entry types the timeline takes to a verb and a marker;
// notifications, assignments and the like are left out as noise.
var pdTypes = map[string]struct {
	verb string
	tag  model.Marker
}{
	"trigger_log_entry":     {"triggered", model.MarkDetected},
	"acknowledge_log_entry": {"acknowledged", ""},
	"escalate_log_entry":    {"escalated", ""},
	"annotate_log_entry":    {"note", ""},
	"resolve_log_entry":     {"resolved", model.MarkResolved},
}

// parsePagerDuty reads {"log_entries": [...]} as the REST API returns it
// (one page or many saved pages, or a bare array of entries).
func parsePagerDuty(file, src string, data []byte, sk *Skipped) ([]model.DraftRow, error) {
	docs, err := splitDocs(file, data, false)
	if err != nil {
		return nil, err
	}
	var out []model.DraftRow
	for _, d := range docs {
		var entries []pdEntry
		base := join(d.path, "log_entries")
		if strings.HasPrefix(strings.TrimSpace(string(d.raw)), "[") {
			base = d.path
			if err := decodeDoc(file, data, d, &entries); err != nil {
				return nil, err
			}
		} else {
			var page struct {
				LogEntries *[]pdEntry `json:"log_entries"`
			}
			if err := decodeDoc(file, data, d, &page); err != nil {
				return nil, err
			}
			if page.LogEntries == nil {
				return nil, &Error{File: file, Line: d.line, Path: base, Msg: "missing: not a PagerDuty log_entries response"}
			}
			entries = *page.LogEntries
		}
		for i, e := range entries {
			at := fmt.Sprintf("%s[%d]", base, i)
			fail := func(field, format string, args ...any) error {
				return &Error{File: file, Line: d.line, Path: join(at, field), Msg: fmt.Sprintf(format, args...)}
			}
			if e.Type == "" {
				return nil, fail("type", "missing")
			}
			kind, ok := pdTypes[e.Type]
			if !ok {
				sk.PagerDutyOther++
				continue
			}
			t, err := time.Parse(time.RFC3339Nano, e.CreatedAt)
			if err != nil || t.Year() < 1900 {
				return nil, fail("created_at", "%q: want an RFC 3339 time", e.CreatedAt)
			}
			out = append(out, model.DraftRow{At: t.UTC(), Text: rowText(pdText(e, kind.verb)), Tag: kind.tag, Source: src})
		}
	}
	return out, nil
}

// pdText reads "PagerDuty: Acknowledged by Ana Lima" or, for a note,
// "PagerDuty note by Ana Lima: what the note says".
func pdText(e pdEntry, verb string) string {
	agent := ""
	if e.Agent != nil {
		agent = e.Agent.Summary
	}
	if verb == "note" {
		note := ""
		switch {
		case e.Note != nil:
			note = *e.Note
		case e.Channel != nil && e.Channel.Summary != "":
			note = e.Channel.Summary
		case e.Channel != nil:
			note = e.Channel.Content
		}
		head := "PagerDuty note"
		if agent != "" {
			head += " by " + agent
		}
		if note == "" {
			note = e.Summary
		}
		return head + ": " + note
	}
	if e.Summary != "" {
		return "PagerDuty: " + e.Summary
	}
	text := "PagerDuty: " + verb
	if agent != "" {
		text += " by " + agent
	}
	if e.Incident != nil && e.Incident.Summary != "" {
		text += ": " + e.Incident.Summary
	}
	return text
}

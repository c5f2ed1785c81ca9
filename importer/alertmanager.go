package importer

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// amPayload is Alertmanager's webhook body, version 4.
type amPayload struct {
	Version *string   `json:"version"`
	Alerts  []amAlert `json:"alerts"`
}

type amAlert struct {
	Status      string            `json:"status"`
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations"`
	StartsAt    string            `json:"startsAt"`
	EndsAt      string            `json:"endsAt"`
	Fingerprint string            `json:"fingerprint"`
}

// parseAlertmanager reads one or many saved webhook payloads: a firing
// alert becomes a #detected row at startsAt, a resolved one a row at
// endsAt. An alert repeated across notifications is taken once.
func parseAlertmanager(file, src string, data []byte, sk *Skipped) ([]model.DraftRow, error) {
	docs, err := splitDocs(file, data, true)
	if err != nil {
		return nil, err
	}
	var out []model.DraftRow
	seen := map[string]bool{}
	for _, d := range docs {
		var p amPayload
		if err := decodeDoc(file, data, d, &p); err != nil {
			return nil, err
		}
		fail := func(path, format string, args ...any) error {
			return &Error{File: file, Line: d.line, Path: join(d.path, path), Msg: fmt.Sprintf(format, args...)}
		}
		if p.Version != nil && *p.Version != "4" {
			return nil, fail("version", "%q: debrief reads webhook payloads of version 4", *p.Version)
		}
		if p.Alerts == nil {
			return nil, fail("alerts", "missing: not an Alertmanager webhook payload")
		}
		for i, a := range p.Alerts {
			at := fmt.Sprintf("alerts[%d]", i)
			var field, when string
			switch a.Status {
			case "firing":
				field, when = "startsAt", a.StartsAt
			case "resolved":
				field, when = "endsAt", a.EndsAt
			default:
				return nil, fail(at+".status", "%q: want firing or resolved", a.Status)
			}
			t, err := time.Parse(time.RFC3339Nano, when)
			if err != nil || t.Year() < 1900 {
				return nil, fail(at+"."+field, "%q: want an RFC 3339 time (a %s alert needs its %s)", when, a.Status, field)
			}
			key := a.Status + "\x00" + alertKey(a) + "\x00" + t.UTC().String()
			if seen[key] {
				sk.Repeated++
				continue
			}
			seen[key] = true
			row := model.DraftRow{At: t.UTC(), Text: rowText(alertText(a)), Source: src}
			if a.Status == "firing" {
				row.Tag = model.MarkDetected
			}
			out = append(out, row)
		}
	}
	return out, nil
}

// alertKey identifies an alert across notifications.
func alertKey(a amAlert) string {
	if a.Fingerprint != "" {
		return a.Fingerprint
	}
	keys := make([]string, 0, len(a.Labels))
	for k := range a.Labels {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "=" + a.Labels[k] + ",")
	}
	return b.String()
}

// alertText reads "Alert HighErrorRate firing (critical, api-7): summary".
func alertText(a amAlert) string {
	name := a.Labels["alertname"]
	if name == "" {
		name = "(unnamed)"
	}
	var detail []string
	if s := a.Labels["severity"]; s != "" && a.Status == "firing" {
		detail = append(detail, s)
	}
	for _, k := range []string{"instance", "service", "job"} {
		if v := a.Labels[k]; v != "" {
			detail = append(detail, v)
			break
		}
	}
	text := "Alert " + name + " " + a.Status
	if len(detail) > 0 {
		text += " (" + strings.Join(detail, ", ") + ")"
	}
	if s := a.Annotations["summary"]; s != "" && a.Status == "firing" {
		text += ": " + s
	} else if s := a.Annotations["description"]; s != "" && a.Status == "firing" {
		text += ": " + s
	}
	return text
}

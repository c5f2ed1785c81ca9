package importer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// parseCSV reads time,text[,tag] records; a first record whose first field
// is "time" is a header.
func parseCSV(file, src string, data []byte) ([]model.DraftRow, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	var out []model.DraftRow
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &Error{File: file, Line: pe.Line, Msg: pe.Err.Error()}
			}
			return nil, &Error{File: file, Msg: err.Error()}
		}
		line, _ := r.FieldPos(0)
		if first && strings.EqualFold(strings.TrimSpace(rec[0]), "time") {
			continue
		}
		if first && !strings.ContainsAny(rec[0], "0123456789") {
			// No time has no digit: a header with a misspelt first
			// column, said as one rather than as a bad time.
			return nil, &Error{File: file, Line: line, Msg: fmt.Sprintf("header %q: the columns are time,text or time,text,tag", strings.Join(rec, ","))}
		}
		if len(rec) < 2 || len(rec) > 3 {
			return nil, &Error{File: file, Line: line, Msg: fmt.Sprintf("%d fields: want time,text or time,text,tag", len(rec))}
		}
		tag := ""
		if len(rec) == 3 {
			tag = rec[2]
		}
		row, err := tableRow(src, rec[0], rec[1], tag)
		if err != nil {
			return nil, &Error{File: file, Line: line, Msg: err.Error()}
		}
		out = append(out, row)
	}
}

// parseJSONL reads one {"time":…, "text":…, "tag":…} object a line; blank
// lines are skipped.
func parseJSONL(file, src string, data []byte) ([]model.DraftRow, error) {
	var out []model.DraftRow
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var rec struct {
			Time *json.RawMessage `json:"time"`
			Text *string          `json:"text"`
			Tag  string           `json:"tag"`
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		// A misspelt key ("tiem", "tags") would otherwise be dropped
		// without a word, and a tag lost with it.
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			if k, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
				return nil, &Error{File: file, Line: n + 1, Msg: fmt.Sprintf("unknown key %s: the keys are time, text and tag (optional)", k)}
			}
			return nil, &Error{File: file, Line: n + 1, Msg: jsonProblem(err)}
		}
		if dec.More() {
			return nil, &Error{File: file, Line: n + 1, Msg: "more than one JSON value on the line"}
		}
		switch {
		case rec.Time == nil && rec.Text == nil:
			return nil, &Error{File: file, Line: n + 1, Msg: "want an object with time and text"}
		case rec.Time == nil:
			return nil, &Error{File: file, Line: n + 1, Msg: "time: missing"}
		case rec.Text == nil:
			return nil, &Error{File: file, Line: n + 1, Msg: "text: missing"}
		}
		t := string(*rec.Time)
		if s, err := strconv.Unquote(t); err == nil {
			t = s
		}
		row, err := tableRow(src, t, *rec.Text, rec.Tag)
		if err != nil {
			return nil, &Error{File: file, Line: n + 1, Msg: err.Error()}
		}
		out = append(out, row)
	}
	return out, nil
}

func tableRow(src, when, text, tag string) (model.DraftRow, error) {
	at, err := parseTime(when)
	if err != nil {
		return model.DraftRow{}, err
	}
	row := model.DraftRow{At: at, Text: rowText(text), Source: src}
	if row.Text == "" {
		return row, errors.New("text: empty")
	}
	if strings.TrimSpace(tag) != "" {
		m, ok := model.ParseMarker(tag)
		if !ok {
			return row, fmt.Errorf("tag %q: want started, detected, mitigated or resolved", tag)
		}
		row.Tag = m
	}
	return row, nil
}

// timeLayouts are the times a script is likely to write; those without a
// zone are UTC.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05", "2006-01-02 15:04Z07:00", "2006-01-02 15:04", "2006-01-02T15:04"}

// parseTime reads an RFC 3339 time, a date and time without a zone (UTC),
// or Unix seconds.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var t time.Time
	var err error = errors.New("no layout")
	for _, l := range timeLayouts {
		if t, err = time.Parse(l, s); err == nil {
			break
		}
	}
	if err != nil {
		if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f > 0 {
			sec := int64(f)
			t, err = time.Unix(sec, int64((f-float64(sec))*1e9)).UTC(), nil
		}
	}
	if err != nil {
		return t, fmt.Errorf("time %q: want RFC 3339 (2026-11-19T09:14:00Z), 2026-11-19 09:14[:05] in UTC, or Unix seconds", s)
	}
	if y := t.UTC().Year(); y < 1900 || y > 2999 {
		return t, fmt.Errorf("time %q: the year %d is not an incident's", s, y)
	}
	return t.UTC(), nil
}

// jsonProblem words a decoding error without Go's type names.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("%s: want %s, found %s", te.Field, jsonKind(te.Type.String()), te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func jsonKind(goType string) string {
	switch {
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	case goType == "string" || goType == "*string":
		return "a string"
	case strings.Contains(goType, "map") || strings.Contains(goType, "struct") || strings.Contains(goType, "."):
		return "an object"
	}
	return goType
}

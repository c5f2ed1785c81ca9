// Package importer reads what an incident leaves behind (a CSV or JSON
// Lines timeline, Alertmanager webhook payloads, a PagerDuty log, a Slack
// export) into draft timeline rows in UTC, each marked with its source.
// A set of files is read whole or not at all: the first problem is
// returned as FILE:LINE (or FILE: JSON path) and no row is returned.
package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// The kinds of file debrief imports, as written before a path to name
// one ("pagerduty:log.json") when it cannot be told from the file.
const (
	KindCSV          = "csv"
	KindJSONL        = "jsonl"
	KindAlertmanager = "alertmanager"
	KindPagerDuty    = "pagerduty"
	KindSlack        = "slack"
)

// Kinds lists the kinds in the order the help shows them.
var Kinds = []string{KindCSV, KindJSONL, KindAlertmanager, KindPagerDuty, KindSlack}

// Limits on what is read, so a wrong path (a disk image, a device, a
// year of chat) cannot exhaust memory.
const (
	// MaxFileBytes caps one file.
	MaxFileBytes = 32 << 20
	// MaxSlackBytes caps all the day files of a Slack export together.
	MaxSlackBytes = 256 << 20
	// MaxTextRunes caps one row's text; longer messages are cut with "…".
	MaxTextRunes = 400
)

// Error is a problem in an imported file, located by line or by JSON path.
type Error struct {
	File string
	// Line is 1-based; 0 when Path or nothing locates the problem.
	Line int
	// Path is the JSON path of the field, such as "alerts[2].startsAt".
	Path string
	Msg  string
}

// Error reads "FILE:LINE: msg" or "FILE: PATH: msg", with any control
// characters in the file's name or text shown rather than sent.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(visible(e.File))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Path != "" {
		b.WriteString(": " + visible(e.Path))
	}
	b.WriteString(": " + visible(e.Msg))
	return b.String()
}

// Spec is one file to import and the kind to read it as.
type Spec struct {
	Kind string
	Path string
}

// String writes the spec back as kind:path.
func (s Spec) String() string { return s.Kind + ":" + s.Path }

// ParseSpecs reads --import values: paths, kind:path overrides, and
// comma-separated lists of either. The kind of a bare path is found from
// the file (see Detect).
func ParseSpecs(values []string) ([]Spec, error) {
	var out []Spec
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			sp := Spec{Path: part}
			if k, p, ok := strings.Cut(part, ":"); ok && slices.Contains(Kinds, strings.ToLower(k)) {
				sp = Spec{Kind: strings.ToLower(k), Path: p}
			} else if ok && !strings.ContainsAny(k, `/\.`) && len(k) > 1 {
				return nil, fmt.Errorf("--import %s: unknown kind %q: want %s (a path with a colon: write ./%s)",
					visible(part), k, strings.Join(Kinds, ", "), visible(part))
			}
			if sp.Path == "" {
				return nil, fmt.Errorf("--import %s: no path after the kind", visible(part))
			}
			out = append(out, sp)
		}
	}
	return out, nil
}

// Options shape an import.
type Options struct {
	// From and To bound the Slack messages taken (inclusive). When both
	// are zero the window is the span of the other files' rows, widened by
	// Margin on each side; with no other rows, Day's UTC day.
	From, To time.Time
	// Margin widens a window found from the other rows (default 30 min).
	Margin time.Duration
	// Day is the incident date, YYYY-MM-DD, the last resort for a window.
	Day string
}

// Load reads every spec and returns their rows in time order, or the
// first problem and no rows. Alerts, pages and timelines are read first,
// so their span can bound the Slack messages.
func Load(specs []Spec, opt Options) ([]model.DraftRow, error) {
	rows, _, err := LoadCounted(specs, opt)
	return rows, err
}

// LoadCounted is Load that also counts the rows it left out, by why.
func LoadCounted(specs []Spec, opt Options) ([]model.DraftRow, Skipped, error) {
	var sk Skipped
	rows, err := load(specs, opt, &sk)
	return rows, sk, err
}

func load(specs []Spec, opt Options, sk *Skipped) ([]model.DraftRow, error) {
	var rows []model.DraftRow
	var slack []slackFolder
	for _, sp := range specs {
		if sp.Kind == "" {
			k, err := Detect(sp.Path)
			if err != nil {
				return nil, err
			}
			sp.Kind = k
		}
		if sp.Kind == KindSlack {
			ex, err := findSlack(sp.Path)
			if err != nil {
				return nil, err
			}
			slack = append(slack, ex)
			continue
		}
		r, err := loadFile(sp, sk)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	if len(slack) > 0 {
		from, to, err := window(rows, opt)
		if err != nil {
			return nil, err
		}
		for _, ex := range slack {
			r, err := ex.load(from, to, sk)
			if err != nil {
				return nil, err
			}
			rows = append(rows, r...)
		}
	}
	slices.SortStableFunc(rows, func(a, b model.DraftRow) int { return a.At.Compare(b.At) })
	out := dedupe(rows)
	sk.Repeated += len(rows) - len(out)
	return out, nil
}

// dedupe drops a row that another file of the same kind already gave,
// same time, text and tag: an alert in two saved notifications, a page in
// two saved log pages. rows are in time order, so equal rows are adjacent
// among those of the same time.
func dedupe(rows []model.DraftRow) []model.DraftRow {
	out := make([]model.DraftRow, 0, len(rows))
	for i, r := range rows {
		dup := false
		for j := i - 1; j >= 0 && rows[j].At.Equal(r.At) && !dup; j-- {
			p := rows[j]
			dup = p.Text == r.Text && p.Tag == r.Tag && kindOf(p.Source) == kindOf(r.Source)
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

func kindOf(source string) string { k, _, _ := strings.Cut(source, ":"); return k }

// window is the time span Slack messages are taken from.
func window(rows []model.DraftRow, opt Options) (time.Time, time.Time, error) {
	if !opt.From.IsZero() || !opt.To.IsZero() {
		if opt.To.IsZero() {
			opt.To = opt.From.Add(24 * time.Hour)
		}
		if opt.To.Before(opt.From) {
			return time.Time{}, time.Time{}, errors.New("the time window ends before it starts")
		}
		return opt.From, opt.To, nil
	}
	if len(rows) > 0 {
		margin := opt.Margin
		if margin == 0 {
			margin = 30 * time.Minute
		}
		from, to := rows[0].At, rows[0].At
		for _, r := range rows {
			from, to = minTime(from, r.At), maxTime(to, r.At)
		}
		return from.Add(-margin), to.Add(margin), nil
	}
	if d, err := time.Parse(time.DateOnly, opt.Day); err == nil {
		return d, d.Add(24*time.Hour - time.Nanosecond), nil
	}
	return time.Time{}, time.Time{}, errors.New("a Slack export needs the incident's time window: " +
		"give --window FROM/TO or --date, or import alerts, pages or a timeline with it")
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func loadFile(sp Spec, sk *Skipped) ([]model.DraftRow, error) {
	data, err := readFile(sp.Path, MaxFileBytes)
	if err != nil {
		return nil, err
	}
	src := sp.Kind + ":" + sp.Path
	switch sp.Kind {
	case KindCSV:
		return parseCSV(sp.Path, src, data)
	case KindJSONL:
		return parseJSONL(sp.Path, src, data)
	case KindAlertmanager:
		return parseAlertmanager(sp.Path, src, data, sk)
	case KindPagerDuty:
		return parsePagerDuty(sp.Path, src, data, sk)
	}
	return nil, &Error{File: sp.Path, Msg: fmt.Sprintf("unknown kind %q: want %s", sp.Kind, strings.Join(Kinds, ", "))}
}

// Detect tells the kind of a file or folder: a folder is a Slack export;
// .csv is CSV; a JSON file is told by its fields (alerts for Alertmanager,
// log_entries or *_log_entry types for PagerDuty, time and text on each
// line for JSON Lines).
func Detect(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", &Error{File: path, Msg: reason(err)}
	}
	if fi.IsDir() {
		return KindSlack, nil
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		return KindCSV, nil
	}
	data, err := readFile(path, MaxFileBytes)
	if err != nil {
		return "", err
	}
	head := data[:min(len(data), 64<<10)]
	switch {
	case bytes.Contains(head, []byte(`"log_entries"`)) || bytes.Contains(head, []byte(`_log_entry"`)):
		return KindPagerDuty, nil
	case bytes.Contains(head, []byte(`"alerts"`)):
		return KindAlertmanager, nil
	case bytes.HasPrefix(bytes.TrimSpace(head), []byte("{")) && bytes.Contains(head, []byte(`"time"`)):
		return KindJSONL, nil
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".jsonl" || ext == ".ndjson" {
		return KindJSONL, nil
	}
	return "", &Error{File: path, Msg: "cannot tell what kind of file this is; name it as kind:path with kind one of " +
		strings.Join(Kinds, ", ")}
}

// readFile reads a regular file of at most limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	// Stat before opening: opening a FIFO waits for a writer, forever if
	// none comes, which would hang debrief new or the meeting's import.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, &Error{File: path, Msg: "not a regular file"}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Msg: reason(err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, &Error{File: path, Msg: reason(err)}
	}
	if !fi.Mode().IsRegular() {
		return nil, &Error{File: path, Msg: "not a regular file"}
	}
	if fi.Size() > limit {
		return nil, &Error{File: path, Msg: fmt.Sprintf("%d bytes is more than the %d MiB an import reads", fi.Size(), limit>>20)}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &Error{File: path, Msg: reason(err)}
	}
	if int64(len(data)) > limit {
		return nil, &Error{File: path, Msg: fmt.Sprintf("more than the %d MiB an import reads", limit>>20)}
	}
	return data, nil
}

// reason is an os error without the path, which the message names already.
func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

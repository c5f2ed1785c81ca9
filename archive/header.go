package archive

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// debriefHeader is how a debrief export's header ends: the field only
// debrief writes. A postmortem whose meeting record was cut out (to keep
// the document short) is still recognised by it.
const debriefHeader = "**Review meeting:** "

// fromMarkdown reads a debrief export whose meeting record is gone from
// its Markdown alone: the title line, the header fields, the times to
// detect, mitigate and resolve, the factors and the action items. ok is
// false when the file does not start like a debrief export.
func fromMarkdown(path string, lines []string) (*Record, bool) {
	title := -1
	for i, l := range lines[:min(len(lines), 40)] {
		if strings.HasPrefix(l, "## [") {
			title = i
			break
		}
	}
	if title < 0 {
		return nil, false
	}
	fields := map[string]string{}
	for _, l := range lines[title+1 : min(len(lines), title+16)] {
		l = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), `\`))
		if k, v, ok := strings.Cut(l, ":** "); ok && strings.HasPrefix(k, "**") {
			fields[k[2:]] = unescape(strings.TrimSpace(v))
		}
	}
	if _, ok := fields["Review meeting"]; !ok {
		return nil, false
	}
	head := strings.TrimPrefix(lines[title], "## [")
	sev, rest, _ := strings.Cut(head, "] ")
	service, name, _ := strings.Cut(rest, ": ")
	r := &Record{Path: path, Kind: KindExport, ID: "markdown:" + path, Title: unescape(name),
		Service: unescape(service), Severity: unescape(sev), Trigger: fields["Trigger"],
		TTD: Unknown, TTM: Unknown, TTR: Unknown}
	if r.Severity == "SEV-?" {
		r.Severity = ""
	}
	r.Review, _ = time.Parse("2006-01-02 15:04 MST", fields["Review meeting"])
	r.Incident = incidentStart(fields["Date"], fields["Duration"])
	secs := sections(lines)
	for _, s := range secs {
		switch s.Name {
		case "Timeline (all times UTC)":
			for _, l := range s.Lines {
				for label, dst := range map[string]*time.Duration{"Time to detect:": &r.TTD, "Time to mitigate:": &r.TTM, "Time to resolve:": &r.TTR} {
					if v, ok := strings.CutPrefix(l.Text, label); ok {
						*dst = spoken(strings.TrimSpace(v))
					}
				}
			}
		}
	}
	r.Factors = markdownFactors(lines)
	day, err := time.Parse(time.DateOnly, fields["Date"])
	if err != nil && !r.Review.IsZero() {
		day = r.Review // the export's own fallback is the day the session began
	}
	r.Actions = markdownActions(lines, day)
	return r, true
}

// incidentStart is the header's date and the duration's first time.
func incidentStart(date, duration string) time.Time {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return time.Time{}
	}
	if m := clockRe.FindStringSubmatch(duration); m != nil {
		if m[1] != "" {
			if t, err := time.Parse("2006-01-02 15:04", m[1]+" "+m[2]); err == nil {
				return t
			}
		}
		if t, err := time.Parse("15:04", m[2]); err == nil {
			return d.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
		}
	}
	return d
}

var (
	clockRe  = regexp.MustCompile(`^(?:(\d{4}-\d{2}-\d{2}) )?(\d{2}:\d{2}) UTC`)
	spokenRe = regexp.MustCompile(`^(?:(\d+) minutes?)?(?: ?(\d+) seconds?)?`)
	kindRe   = regexp.MustCompile(` _\(([^)]*)\)_$`)
)

// spoken reads the export's "31 minutes", "2 minutes 5 seconds" or
// "40 seconds"; Unknown for "unknown (…)".
func spoken(s string) time.Duration {
	m := spokenRe.FindStringSubmatch(s)
	if m == nil || m[0] == "" {
		return Unknown
	}
	mins, _ := strconv.Atoi(m[1])
	secs, _ := strconv.Atoi(m[2])
	return time.Duration(mins)*time.Minute + time.Duration(secs)*time.Second
}

// markdownFactors reads the Contributing Factors list: a factor per
// bullet, its kind in the trailing _(kind)_, its whys indented below.
func markdownFactors(lines []string) []Factor {
	var out []Factor
	in := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "## "):
			in = strings.TrimSpace(l) == "## Contributing Factors"
		case !in:
		case strings.HasPrefix(l, "- "):
			text := strings.TrimSpace(l[2:])
			f := Factor{}
			if m := kindRe.FindStringSubmatch(text); m != nil {
				f.Kind, text = unescape(m[1]), strings.TrimSuffix(text, m[0])
			}
			f.Text = unescape(text)
			out = append(out, f)
		case strings.HasPrefix(strings.TrimSpace(l), "- Why? ") && len(out) > 0:
			f := &out[len(out)-1]
			f.Whys = append(f.Whys, unescape(strings.TrimPrefix(strings.TrimSpace(l), "- Why? ")))
		}
	}
	return out
}

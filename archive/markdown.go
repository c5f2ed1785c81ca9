package archive

import (
	"html"
	"strings"
)

// skipped are the export's sections that are not searched: what only the
// meeting knows (attendees, phase times, flags) and the record itself.
var skipped = map[string]bool{"Meeting": true}

// sections splits a postmortem's lines into its sections as plain text,
// stopping at the meeting record. The title line is a section of its own.
func sections(lines []string) []Section {
	var out []Section
	cur := -1
	top := ""
	for i, raw := range lines {
		l := strings.TrimRight(raw, " \t\r\\")
		if strings.HasPrefix(strings.TrimSpace(l), recordMarker) {
			break
		}
		name := ""
		switch {
		case strings.HasPrefix(l, "## [") && len(out) == 0:
			name, top = "Title", "Title"
			l = strings.TrimPrefix(l, "## ")
		case strings.HasPrefix(l, "## "):
			top = strings.TrimSpace(l[3:])
			name = top
		case strings.HasPrefix(l, "### ") && top != "":
			name = top + " › " + strings.TrimSpace(l[4:])
		case top == "Lessons Learned" && strings.HasPrefix(l, "**") && strings.HasSuffix(l, ":**"):
			name = top + " › " + strings.TrimSuffix(strings.TrimPrefix(l, "**"), ":**")
		}
		if name != "" {
			out = append(out, Section{Name: name})
			cur = len(out) - 1
			if name != "Title" {
				continue
			}
		}
		if cur < 0 || skipped[top] {
			continue
		}
		if t := plain(l); t != "" {
			out[cur].Lines = append(out[cur].Lines, Line{N: i + 1, Text: t})
		}
	}
	return slicesDeleteEmpty(out)
}

func slicesDeleteEmpty(s []Section) []Section {
	out := s[:0]
	for _, x := range s {
		if len(x.Lines) > 0 && !skipped[strings.SplitN(x.Name, " › ", 2)[0]] {
			out = append(out, x)
		}
	}
	return out
}

// plain turns one line of the export's Markdown into its text: table
// pipes become spaces, backslash escapes and entities are undone, list
// bullets, emphasis markers and separator rows go.
func plain(l string) string {
	t := strings.TrimSpace(l)
	switch {
	case t == "", t == "---", strings.HasPrefix(t, "|---"), strings.HasPrefix(t, "</details"):
		return ""
	case strings.HasPrefix(t, "|"):
		t = strings.Join(cells(t), "  ")
	case strings.HasPrefix(t, "- "):
		t = t[2:]
	}
	t = unescape(t)
	t = strings.ReplaceAll(t, "**", "")
	return strings.TrimSpace(t)
}

// cells splits a table row on its unescaped pipes.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	var out []string
	var b strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row):
			b.WriteByte(row[i])
			b.WriteByte(row[i+1])
			i++
		case row[i] == '|':
			out = append(out, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(row[i])
		}
	}
	if s := strings.TrimSpace(b.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// unescape undoes the export's Markdown escaping: a backslash before
// punctuation, and HTML entities.
func unescape(s string) string {
	if strings.ContainsRune(s, '\\') {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|~<>", s[i+1]) >= 0 {
				i++
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	return s
}

package lint

import (
	"bufio"
	"strconv"
	"unicode/utf8"
)

// jsonWriter prints the findings as a JSON array ([] when clean), one
// finding per line, as each is found. Encoding by hand, field by field,
// costs a fraction of encoding/json's reflection and lets an endless
// stream's findings out as they come (BenchmarkWriteJSON).
type jsonWriter struct {
	w       *bufio.Writer
	buf     []byte
	started bool
}

func (j *jsonWriter) Write(r Result) error {
	b := j.buf[:0]
	if !j.started {
		b = append(b, "[\n"...)
		j.started = true
	} else {
		b = append(b, ",\n"...)
	}
	b = appendField(b, '{', "file", r.File)
	b = appendInt(b, "line", r.Line)
	b = appendInt(b, "column", r.Column)
	b = appendInt(b, "end_line", r.EndLine)
	b = appendInt(b, "end_column", r.EndColumn)
	b = appendInt(b, "offset", r.Offset)
	b = appendInt(b, "length", r.Length)
	b = appendField(b, ',', "rule", r.Rule)
	b = appendField(b, ',', "category", r.Category)
	b = appendField(b, ',', "severity", string(r.Severity))
	b = appendField(b, ',', "message", r.Message)
	b = appendField(b, ',', "suggestion", r.Suggestion)
	b = appendField(b, ',', "match", r.Match)
	if r.Replacement != "" {
		b = appendField(b, ',', "replacement", r.Replacement)
		b = appendInt(b, "replace_offset", r.ReplaceOffset)
		b = appendInt(b, "replace_length", r.ReplaceLength)
	}
	if r.Question != "" {
		b = appendField(b, ',', "question", r.Question)
	}
	b = append(b, '}')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

func (j *jsonWriter) Close() error {
	if !j.started {
		j.w.WriteString("[]\n")
	} else {
		j.w.WriteString("\n]\n")
	}
	return j.w.Flush()
}

// appendField appends sep, "key": and the JSON string v.
func appendField(b []byte, sep byte, key, v string) []byte {
	b = append(b, sep, '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendJSONString(b, v)
}

func appendInt(b []byte, key string, v int) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return strconv.AppendInt(b, int64(v), 10)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Besides what JSON requires,
// every rune a terminal acts on (C1 controls, DEL, bidirectional
// overrides) and U+2028/U+2029 are written as \u escapes, and invalid
// UTF-8 as U+FFFD, so the output is inert on a terminal and means the same.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if dangerous(r) || r == 0x2028 || r == 0x2029 {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
		} else {
			i += n
			continue
		}
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

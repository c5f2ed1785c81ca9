package model

import (
	"strconv"
	"unicode/utf8"
)

// decodeFlat decodes the common line, one with no nested object and no
// escapes in its strings, without reflection: it is what keeps loading a
// 10,000-event meeting fast. Anything else reports false and goes through
// encoding/json, which also gives the precise error; the two agree on every
// line decodeFlat takes (see TestDecodeFlatAgrees).
func decodeFlat(js []byte, out *Event) bool {
	var ev Event
	if len(js) < 2 || js[0] != '{' {
		return false
	}
	var key []byte
	var ok bool
	for i := 1; ; {
		key, i, ok = flatString(js, i)
		if !ok || i >= len(js) || js[i] != ':' {
			return false
		}
		i++
		var n int
		var s []byte
		switch string(key) {
		case "seq", "note", "parent", "seconds", "draft":
			if n, i, ok = flatInt(js, i); !ok {
				return false
			}
		default:
			if s, i, ok = flatString(js, i); !ok {
				return false
			}
		}
		switch string(key) {
		case "seq":
			ev.Seq = n
		case "note":
			ev.Note = n
		case "parent":
			ev.Parent = n
		case "seconds":
			ev.Seconds = n
		case "draft":
			ev.Draft = n
		case "source":
			ev.Source = string(s)
		case "author":
			ev.Author = string(s)
		case "at":
			if ev.At.UnmarshalText(s) != nil {
				return false
			}
		case "kind":
			ev.Kind = Kind(s)
		case "phase":
			ev.Phase = string(s)
		case "section":
			ev.Section = string(s)
		case "text":
			ev.Text = string(s)
		case "field":
			ev.Field = string(s)
		case "value":
			ev.Value = string(s)
		case "rule":
			ev.Rule = string(s)
		default:
			return false
		}
		if i >= len(js) {
			return false
		}
		switch js[i] {
		case ',':
			i++
			continue
		case '}':
			if i != len(js)-1 {
				return false
			}
			*out = ev
			return true
		}
		return false
	}
}

// flatString reads a JSON string at js[i] that needs no unescaping: valid
// UTF-8, no backslash, no control character.
func flatString(js []byte, i int) ([]byte, int, bool) {
	if i >= len(js) || js[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(js); j++ {
		switch c := js[j]; {
		case c == '"':
			s := js[i+1 : j]
			return s, j + 1, utf8.Valid(s)
		case c == '\\' || c < 0x20:
			return nil, i, false
		}
	}
	return nil, i, false
}

// flatInt reads a plain JSON integer at js[i].
func flatInt(js []byte, i int) (int, int, bool) {
	j := i
	if j < len(js) && js[j] == '-' {
		j++
	}
	d := j
	for j < len(js) && js[j] >= '0' && js[j] <= '9' {
		j++
	}
	if j == d || j-d > 15 || (js[d] == '0' && j-d > 1) {
		return 0, i, false
	}
	n, err := strconv.Atoi(string(js[i:j]))
	return n, j, err == nil
}

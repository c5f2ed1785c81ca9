package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// doc is one JSON value of a file that may hold one, an array of them, or
// several one after the other (saved webhook bodies appended to a file).
type doc struct {
	// path locates the value in the file: "" for the only one, "[2]" for
	// an array's third, "#3" for the third of a stream.
	path string
	line int
	raw  json.RawMessage
}

// splitDocs reads data as one JSON value, an array of values (when
// arrays is true), or a stream of values.
func splitDocs(file string, data []byte, arrays bool) ([]doc, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, &Error{File: file, Msg: "the file is empty"}
	}
	if arrays && trimmed[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(data, &items); err != nil {
			return nil, jsonError(file, data, 0, "", err)
		}
		out := make([]doc, len(items))
		for i, it := range items {
			out[i] = doc{path: fmt.Sprintf("[%d]", i), raw: it}
		}
		return out, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var out []doc
	for {
		start := dec.InputOffset()
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, jsonError(file, data, 0, "", err)
		}
		out = append(out, doc{path: fmt.Sprintf("#%d", len(out)+1), line: lineAt(data, int(start)+leadingSpace(data[start:])), raw: raw})
	}
	if len(out) == 1 {
		out[0].path, out[0].line = "", 0
	}
	return out, nil
}

func leadingSpace(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " \t\r\n")) }

// decodeDoc decodes one value into v, locating a problem in the file.
func decodeDoc(file string, data []byte, d doc, v any) error {
	if err := json.Unmarshal(d.raw, v); err != nil {
		return jsonError(file, data, d.line, d.path, err)
	}
	return nil
}

// jsonError locates a decoding error: a syntax error by line, a wrong type
// by JSON path (within value path, starting at line).
func jsonError(file string, data []byte, line int, path string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se) && line == 0:
		return &Error{File: file, Line: lineAt(data, int(se.Offset)), Msg: se.Error()}
	case errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{File: file, Line: line, Path: path, Msg: "the JSON is cut short or broken"}
	case errors.As(err, &te):
		return &Error{File: file, Line: line, Path: join(path, te.Field), Msg: fmt.Sprintf("want %s, found %s", jsonKind(te.Type.String()), te.Value)}
	}
	return &Error{File: file, Line: line, Path: path, Msg: jsonProblem(err)}
}

// join adds a field to a JSON path.
func join(path, field string) string {
	switch {
	case path == "":
		return field
	case field == "" || field[0] == '[':
		return path + field
	}
	return path + "." + field
}

// lineAt is the 1-based line of byte offset off.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// Command differential decodes request bodies with Go's encoding/json into Docker's API
// types, and routes request targets the way dockerd's net/http + gorilla/mux do, so that
// test/differential can compare dockgate's decoder and router with the real thing.
//
// Protocol: one JSON request per line on stdin, one JSON answer per line on stdout.
//
//	{"id":1,"kind":"create"|"update"|"exec"|"service"|"floats","body":"<base64>"}
//	{"id":2,"kind":"describe","target":"create"}
//	{"id":3,"kind":"routes","routes":[{"method":"GET","path":"/_ping"},...]}
//	{"id":4,"kind":"uri","method":"POST","uri":"<base64 of the raw target>"}
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
)

type request struct {
	ID     int         `json:"id"`
	Kind   string      `json:"kind"`
	Body   []byte      `json:"body"`
	Target string      `json:"target"`
	Routes []routeSpec `json:"routes"`
	Method string      `json:"method"`
	URI    []byte      `json:"uri"`
}

type decodeResult struct {
	Value       interface{} `json:"value"`
	SyntaxError string      `json:"syntaxError,omitempty"`
	TypeError   string      `json:"typeError,omitempty"`
	// TypeErrorField is UnmarshalTypeError.Field: the dotted JSON names of the struct fields
	// that lead to the bad value (no slice indices, no map keys).
	TypeErrorField *string `json:"typeErrorField,omitempty"`
}

type answer struct {
	ID    int           `json:"id"`
	Error string        `json:"error,omitempty"`
	V28   *decodeResult `json:"v28,omitempty"`
	V29   *decodeResult `json:"v29,omitempty"`
	Shape interface{}   `json:"shape,omitempty"`
	Route *routeResult  `json:"route,omitempty"`
}

func decodeInto[T any](body []byte) *decodeResult {
	var w T
	err := json.Unmarshal(body, &w)
	res := &decodeResult{Value: canon(reflect.ValueOf(&w).Elem())}
	if err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			res.SyntaxError = err.Error()
			res.Value = nil
		case errors.As(err, &typ):
			res.TypeError = err.Error()
			field := typ.Field
			res.TypeErrorField = &field
		default:
			// e.g. bad base64 in a []byte: the daemon rejects the body all the same.
			res.TypeError = err.Error()
		}
	}
	return res
}

func shapeOf(target string) (interface{}, error) {
	switch target {
	case "create":
		return describe(reflect.TypeOf(CreateBody[StrSlice]{})), nil
	case "update":
		return describe(reflect.TypeOf(UpdateBody{})), nil
	case "exec":
		return describe(reflect.TypeOf(ExecBody{})), nil
	case "service":
		return describe(reflect.TypeOf(ServiceBody{})), nil
	case "floats":
		return describe(reflect.TypeOf(Floats{})), nil
	}
	return nil, fmt.Errorf("unknown target %q", target)
}

func handle(req request) answer {
	out := answer{ID: req.ID}
	switch req.Kind {
	case "create":
		out.V28 = decodeInto[CreateBody[StrSlice]](req.Body)
		out.V29 = decodeInto[CreateBody[[]string]](req.Body)
	case "update":
		out.V28 = decodeInto[UpdateBody](req.Body)
	case "exec":
		out.V28 = decodeInto[ExecBody](req.Body)
	case "service":
		out.V28 = decodeInto[ServiceBody](req.Body)
	case "floats":
		out.V28 = decodeInto[Floats](req.Body)
	case "describe":
		shape, err := shapeOf(req.Target)
		if err != nil {
			out.Error = err.Error()
		}
		out.Shape = shape
	case "routes":
		if err := setRoutes(req.Routes); err != nil {
			out.Error = err.Error()
		}
	case "uri":
		r := routeRequest(req.Method, string(req.URI))
		out.Route = &r
	default:
		out.Error = fmt.Sprintf("unknown kind %q", req.Kind)
	}
	return out
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 256<<20)
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	for in.Scan() {
		var req request
		var out answer
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			out = answer{ID: -1, Error: "bad request line: " + err.Error()}
		} else {
			out = handle(req)
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(os.Stderr, "encode:", err)
			os.Exit(1)
		}
		if err := w.Flush(); err != nil {
			os.Exit(1)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read:", err)
		os.Exit(1)
	}
}

"""Runs differential test cases in Wasmtime for Dovetail's DifferentialTest.

One process serves a whole test run. It reads one JSON request per line on stdin and writes one
JSON answer per line on stdout:

  request: {"wasm": <base64 component>, "arg": <argument>}
  answer:  {"status": "ok", "result": <canonical>, "seen": [<canonical>...]}
           {"status": "trap", "message": <text>, "seen": [...], "again": <text>}
           {"status": "compile" | "instantiate" | "driver", "message": <text>}

After a trap, "again" is what a second call of `g` said ("ok" or its message).

The component exports `g: func(x: T) -> T` and imports `f: func(x: T) -> T` (and a resource
`r` when T holds handles). The host `f` records the canonical text of what it saw and echoes it.

Arguments (by the function's parameter type): bool as true/false; integers as numbers; f32/f64 as
their bit patterns (unsigned integers); char as its code point; string as a string; lists, tuples
and records (fields in order) as arrays; variant, option and result as [case] or [case, payload];
enum as its label; flags as an array of labels; own<r> as the host resource's rep.

Canonical text (the Java side writes the same for its own values): true/false; integers in
decimal; f32:<8 hex digits> / f64:<16 hex digits> of the bits, or nan for any NaN; char:<hex>;
strings quoted, printable ASCII but " and \\ as is, every other code point as \\u{hex}; [a,b]
for lists; (a,b) for tuples; {name:a,...} for records; case or case(payload) for variants,
options (none/some) and results (ok/err); the label for enums; {a,b} for flags in declaration
order; own:<rep> for handles.
"""

import base64
import json
import struct
import sys
import traceback

import wasmtime
from wasmtime import component as C
from wasmtime.component import _types

# The binding guesses the case of a variant, option or result from the Python class of an untagged
# payload (a bool is an int to isinstance); always tagging every case keeps the mapping exact.
_types.VariantLikeType._tagged = lambda self: True

RESOURCE = 0  # the host resource type id of `r`


def to_py(ty, j):
    if isinstance(ty, C.Bool):
        return bool(j)
    if isinstance(ty, (C.S8, C.S16, C.S32, C.S64, C.U8, C.U16, C.U32, C.U64)):
        return int(j)
    if isinstance(ty, C.F32):
        return struct.unpack("<f", struct.pack("<I", j))[0]
    if isinstance(ty, C.F64):
        return struct.unpack("<d", struct.pack("<Q", j))[0]
    if isinstance(ty, C.Char):
        return chr(j)
    if isinstance(ty, C.String):
        return j
    if isinstance(ty, C.ListType):
        element = ty.element
        if isinstance(element, C.U8):
            return bytes(j)
        return [to_py(element, x) for x in j]
    if isinstance(ty, C.TupleType):
        return tuple(to_py(t, x) for t, x in zip(ty.elements, j))
    if isinstance(ty, C.RecordType):
        r = C.Record()
        for (name, t), x in zip(ty.fields, j):
            setattr(r, name, to_py(t, x))
        return r
    if isinstance(ty, (C.VariantType, C.OptionType, C.ResultType)):
        cases = dict(ty._cases())
        t = cases[j[0]]
        return C.Variant(j[0], None if t is None else to_py(t, j[1]))
    if isinstance(ty, C.EnumType):
        return j
    if isinstance(ty, C.FlagsType):
        return set(j)
    if isinstance(ty, C.OwnType):
        return C.ResourceHost.own(j, RESOURCE)
    raise TypeError("no argument conversion for %r" % (ty,))


def escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0x20 <= c < 0x7F and ch != '"' and ch != "\\":
            out.append(ch)
        else:
            out.append("\\u{%x}" % c)
    return '"' + "".join(out) + '"'


def canon(ty, v, store):
    if isinstance(ty, C.Bool):
        return "true" if v else "false"
    if isinstance(ty, (C.S8, C.S16, C.S32, C.S64, C.U8, C.U16, C.U32, C.U64)):
        return str(v)
    if isinstance(ty, C.F32):
        return "nan" if v != v else "f32:%08x" % struct.unpack("<I", struct.pack("<f", v))[0]
    if isinstance(ty, C.F64):
        return "nan" if v != v else "f64:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(ty, C.Char):
        return "char:%x" % ord(v)
    if isinstance(ty, C.String):
        return escape(v)
    if isinstance(ty, C.ListType):
        element = ty.element
        return "[" + ",".join(canon(element, x, store) for x in v) + "]"
    if isinstance(ty, C.TupleType):
        return "(" + ",".join(canon(t, x, store) for t, x in zip(ty.elements, v)) + ")"
    if isinstance(ty, C.RecordType):
        return "{" + ",".join(n + ":" + canon(t, getattr(v, n), store) for n, t in ty.fields) + "}"
    if isinstance(ty, (C.VariantType, C.OptionType, C.ResultType)):
        t = dict(ty._cases())[v.tag]
        return v.tag if t is None else v.tag + "(" + canon(t, v.payload, store) + ")"
    if isinstance(ty, C.EnumType):
        return v
    if isinstance(ty, C.FlagsType):
        return "{" + ",".join(n for n in ty.names if n in v) + "}"
    if isinstance(ty, C.OwnType):
        return "own:%d" % (v if isinstance(v, C.ResourceHost) else v.to_host(store)).rep
    raise TypeError("no canonical text for %r" % (ty,))


def hosted(ty, v, store):
    """`v` with each handle made a ResourceHost: the host import echoes that, since reading a
    ResourceAny's rep (`to_host`) takes the resource out of it."""
    if isinstance(ty, C.OwnType):
        return v.to_host(store)
    if not has_handles(ty):
        return v
    if isinstance(ty, C.ListType):
        return [hosted(ty.element, x, store) for x in v]
    if isinstance(ty, C.TupleType):
        return tuple(hosted(t, x, store) for t, x in zip(ty.elements, v))
    if isinstance(ty, C.RecordType):
        for n, t in ty.fields:
            setattr(v, n, hosted(t, getattr(v, n), store))
        return v
    if isinstance(ty, (C.VariantType, C.OptionType, C.ResultType)):
        t = dict(ty._cases())[v.tag]
        return v if t is None else C.Variant(v.tag, hosted(t, v.payload, store))
    return v


def has_handles(ty):
    if isinstance(ty, C.OwnType):
        return True
    if isinstance(ty, C.ListType):
        return has_handles(ty.element)
    if isinstance(ty, C.TupleType):
        return any(has_handles(t) for t in ty.elements)
    if isinstance(ty, C.RecordType):
        return any(has_handles(t) for _, t in ty.fields)
    if isinstance(ty, (C.VariantType, C.OptionType, C.ResultType)):
        return any(t is not None and has_handles(t) for _, t in ty._cases())
    return False


class Case:
    """What the host import saw during the current case."""

    param = None
    seen = []
    failure = None


def host_f(store, x):
    try:
        x = hosted(Case.param, x, store)
        Case.seen.append(canon(Case.param, x, store))
    except Exception:
        Case.failure = traceback.format_exc()
    return x


def message(e):
    return str(e)


def call_again(g, store, param, arg):
    """What a second call says after a trap: "ok", or its message."""
    seen = Case.seen
    Case.seen = []
    try:
        g(store, to_py(param, arg))
        return "ok"
    except (wasmtime.WasmtimeError, wasmtime.Trap) as e:
        return message(e)
    finally:
        Case.seen = seen


def run(engine, linker, request):
    try:
        component = C.Component(engine, base64.b64decode(request["wasm"]))
    except Exception as e:
        return {"status": "compile", "message": message(e)}
    store = wasmtime.Store(engine)
    try:
        instance = linker.instantiate(store, component)
    except Exception as e:
        return {"status": "instantiate", "message": message(e)}
    g = instance.get_func(store, "g")
    ftype = g.type(store)
    param = ftype.params[0][1]
    Case.param = param
    Case.seen = []
    Case.failure = None
    try:
        arg = to_py(param, request["arg"])
    except Exception:
        return {"status": "driver", "message": traceback.format_exc()}
    try:
        out = g(store, arg)
    except (wasmtime.WasmtimeError, wasmtime.Trap) as e:
        if Case.failure is not None:
            return {"status": "driver", "message": Case.failure}
        return {"status": "trap", "message": message(e), "seen": Case.seen,
                "again": call_again(g, store, param, request["arg"])}
    if Case.failure is not None:
        return {"status": "driver", "message": Case.failure}
    try:
        result = canon(ftype.result, out, store)
    except Exception:
        return {"status": "driver", "message": traceback.format_exc()}
    return {"status": "ok", "result": result, "seen": Case.seen}


def main():
    engine = wasmtime.Engine()
    linker = C.Linker(engine)
    with linker.root() as root:
        root.add_resource("r", C.ResourceType.host(RESOURCE), lambda store, rep: None)
        root.add_func("f", host_f)
    out = sys.stdout
    out.write(json.dumps({"status": "ready"}) + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = run(engine, linker, json.loads(line))
        except Exception:
            answer = {"status": "driver", "message": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()

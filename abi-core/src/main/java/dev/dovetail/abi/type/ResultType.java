package dev.dovetail.abi.type;

/**
 * {@code result<T, E>}, {@code result<T>}, {@code result<_, E>} or {@code result}: either payload
 * may be {@code null}.
 */
public record ResultType(ValType ok, ValType err) implements ValType {
    @Override
    public String toString() {
        if (ok == null && err == null) {
            return "result";
        }
        if (err == null) {
            return "result<" + ok + ">";
        }
        return "result<" + (ok == null ? "_" : ok.toString()) + ", " + err + ">";
    }
}

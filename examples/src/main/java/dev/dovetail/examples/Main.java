package dev.dovetail.examples;

/** Runs every example in turn. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("== hello world");
        HelloWorld.run(System.out);
        System.out.println("\n== records and variants");
        RecordsAndVariants.run(System.out);
        System.out.println("\n== resources");
        Resources.run(System.out);
        System.out.println("\n== dynamic invocation of an unknown component");
        DynamicInvoke.main(args);
    }
}

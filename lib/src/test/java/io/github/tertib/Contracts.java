package io.github.tertib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The null and equality contracts of public value types, checked by reflection for every member. */
public final class Contracts {

    private Contracts() {
    }

    /**
     * Calls every public constructor and method of each type with null in one reference parameter at a
     * time (samples elsewhere) and asserts a NullPointerException whose message is that parameter's name.
     *
     * @param types each type, with an instance to call its instance methods on
     * @param samples a valid argument of each parameter type, primitives included (boxed)
     * @return the members and parameters checked, one line each
     */
    public static List<String> assertEveryMemberRefusesNull(Map<Class<?>, Object> types, Map<Class<?>, Object> samples)
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<Class<?>, Object> type : types.entrySet()) {
            List<Executable> members = new ArrayList<>(List.of(type.getKey().getConstructors()));
            for (Method m : type.getKey().getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.getName().equals("equals")) {
                    members.add(m);
                }
            }
            for (Executable member : members) {
                Parameter[] params = member.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    for (int k = 0; k < params.length; k++) {
                        args[k] = k == i ? null : sample(samples, params[k].getType(), member);
                    }
                    Throwable thrown = call(member, type.getValue(), args);
                    String where = member + " with null " + params[i].getName();
                    assertThat(thrown).as(where).isInstanceOf(NullPointerException.class);
                    assertThat(thrown.getMessage()).as(where).isEqualTo(params[i].getName());
                    checked.add(where);
                }
            }
        }
        return checked;
    }

    /**
     * Asserts of each triple that the first two are equal, hash alike and print alike, and the third
     * differs from the first.
     *
     * @param triples {value, equal value built another way, different value}
     */
    public static void assertValueTriples(List<Object[]> triples) {
        for (Object[] t : triples) {
            assertThat(t[0]).isEqualTo(t[1]).hasSameHashCodeAs(t[1]).isNotEqualTo(t[2]).isNotEqualTo(null)
                    .isNotEqualTo(new Object());
            assertThat(t[0].toString()).isEqualTo(t[1].toString());
        }
    }

    private static Object sample(Map<Class<?>, Object> samples, Class<?> type, Executable member) {
        Object s = samples.get(type);
        if (s == null) {
            fail("no sample of " + type + " for " + member);
        }
        return s;
    }

    private static Throwable call(Executable member, Object receiver, Object[] args) throws Exception {
        try {
            if (member instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                Method m = (Method) member;
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver, args);
            }
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        return null;
    }
}

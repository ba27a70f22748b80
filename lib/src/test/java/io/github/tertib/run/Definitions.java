package io.github.tertib.run;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.testkit.Choices;
import io.github.tertib.testkit.Generator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small random valid definitions for the run properties: a chain of steps from START to END whose
 * decisions go forward on "Ya" and anywhere on "Tidak", with random parts, flags, guards and
 * cancelling roles. (To be replaced by the test kit's SopGenerators once it lands.)
 */
final class Definitions {

    private Definitions() {
    }

    static Generator<SopDefinition> small() {
        return Definitions::build;
    }

    private static SopDefinition build(Choices c) {
        int k = c.chooseInt(1, 4);
        List<Role> roles = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            roles.add(Role.of("r" + i, "Peran " + i));
        }
        int n = c.chooseInt(2, 7);
        boolean[] decision = new boolean[n + 1];
        List<List<Role>> parts = new ArrayList<>();
        Set<Role> used = new HashSet<>();
        for (int s = 1; s <= n; s++) {
            decision[s] = s > 1 && s < n && c.chance(35);
            List<Role> p = new ArrayList<>();
            int count = s == n || decision[s] ? 1 : c.chooseInt(1, Math.min(3, k));
            for (int j = 0; j < count; j++) {
                Role r = roles.get(c.chooseInt(0, k - 1));
                if (!p.contains(r)) {
                    p.add(r);
                }
            }
            parts.add(p);
            used.addAll(p);
        }
        for (Role r : roles) {
            if (!used.contains(r)) {
                parts.get(0).add(r);
            }
        }
        SopBuilder b = Sop.define("G. " + c.chooseInt(1, 99), "Prosedur Uji").roles(roles.toArray(new Role[0]));
        List<Role> cancel = new ArrayList<>();
        for (Role r : roles) {
            if (c.chance(30)) {
                cancel.add(r);
            }
        }
        b.cancelledBy(cancel.toArray(new Role[0]));
        for (int s = 1; s <= n; s++) {
            List<Role> p = parts.get(s - 1);
            if (s == 1) {
                b.start(s, "Menerima berkas " + s);
            } else if (s == n) {
                b.end(s, "Berkas selesai");
            } else if (decision[s]) {
                b.decision(s, "Apakah berkas " + s + " lengkap?");
            } else {
                b.process(s, "Memeriksa berkas " + s);
            }
            for (Role r : p) {
                b.by(r, "Proses");
            }
            if (s == n) {
                continue;
            }
            b.takes(c.chooseInt(1, 120) + " Menit");
            if (decision[s]) {
                int no = c.chooseInt(1, n - 1);
                b.ifYes(s + 1).ifNo(no == s + 1 ? n : no);
            }
            if (c.chance(30)) {
                b.pausable();
            }
            if (c.chance(15)) {
                b.definitiveOnly();
            }
            if (c.chance(25)) {
                b.separateActors();
            }
            if (c.chance(10)) {
                b.guard("not in every seventh minute", a -> a.at().getEpochSecond() / 60 % 7 != 3);
            }
        }
        return b.build();
    }
}

package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** How generated enterprises spread over Fuzhou's 13 districts: a relative weight per division, drawn with one roll. */
final class DivisionWeights {

    /** The test sample's spread, roughly by the divisions' number of technology firms; 平潭 is small. */
    static final DivisionWeights STANDARD = new DivisionWeights(weights(14, 8, 13, 9, 11, 8, 14, 5, 3, 3, 3, 2, 10));

    private final FuzhouDivision[] divisions;
    private final int[] weights;
    private final int total;

    DivisionWeights(Map<FuzhouDivision, Integer> weights) {
        this.divisions = weights.keySet().toArray(FuzhouDivision[]::new);
        this.weights = weights.values().stream().mapToInt(Integer::intValue).toArray();
        int sum = 0;
        for (int weight : this.weights) {
            sum += weight;
        }
        this.total = sum;
    }

    /**
     * Weights in the order 鼓楼, 台江, 仓山, 马尾, 晋安, 长乐, 闽侯, 连江, 罗源, 闽清, 永泰, 平潭, 福清 — the order the
     * draws have always walked, so a seed keeps its districts.
     */
    static Map<FuzhouDivision, Integer> weights(int... inOrder) {
        FuzhouDivision[] order = {
            FuzhouDivision.GULOU, FuzhouDivision.TAIJIANG, FuzhouDivision.CANGSHAN, FuzhouDivision.MAWEI,
            FuzhouDivision.JIN_AN, FuzhouDivision.CHANGLE, FuzhouDivision.MINHOU, FuzhouDivision.LIANJIANG,
            FuzhouDivision.LUOYUAN, FuzhouDivision.MINQING, FuzhouDivision.YONGTAI, FuzhouDivision.PINGTAN,
            FuzhouDivision.FUQING
        };
        if (inOrder.length != order.length) {
            throw new IllegalArgumentException("one weight per district: " + order.length + ", got " + inOrder.length);
        }
        Map<FuzhouDivision, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < order.length; i++) {
            weights.put(order[i], inOrder[i]);
        }
        return weights;
    }

    FuzhouDivision draw(SplittableRandom r) {
        int roll = r.nextInt(total);
        for (int i = 0; i < divisions.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return divisions[i];
            }
        }
        throw new IllegalStateException("division weights do not add up to " + total);
    }
}

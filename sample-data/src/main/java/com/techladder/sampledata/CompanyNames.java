package com.techladder.sampledata;

import com.techladder.rules.identity.FuzhouDivision;
import java.util.SplittableRandom;

/**
 * Realistic company names: place + 字号 + 行业 + organisational form (福州 + 榕创 + 软件 + 有限公司). About one name in
 * 150 carries an ASCII comma or double quotes (a foreign-invested firm's English name, a quoted 字号), because Excel
 * exports contain them and the import must quote them correctly.
 */
final class CompanyNames {

    private static final String[] TRADE_NAME_PARTS = {
        "闽", "榕", "海", "鑫", "华", "瑞", "恒", "创", "新", "星", "博", "德", "正", "宏", "达", "信", "盛", "源",
        "泰", "安", "福", "旗", "凯", "嘉", "腾", "融", "睿", "智", "联", "云", "天", "宇", "航", "晟", "锐", "峰",
        "远", "通", "明", "江", "山", "东", "南", "中", "万", "众", "和", "兴", "利", "鸿", "坤", "元", "科", "润"
    };

    /** Industry words by 技术领域 1–8 (index 0 unused). */
    private static final String[][] INDUSTRY_WORDS = {
        {},
        {"信息技术", "软件", "网络科技", "电子科技", "数据科技", "物联网科技", "微电子", "通信技术", "智能科技"},
        {"生物科技", "医药科技", "制药", "医疗器械", "基因科技", "生物工程"},
        {"航空科技", "航天技术", "无人机科技", "航空器材"},
        {"新材料科技", "复合材料", "高分子材料", "纳米科技", "石墨烯科技", "新型建材"},
        {"检测技术", "信息服务", "技术服务", "检验检测", "工业设计", "知识产权服务"},
        {"新能源科技", "节能科技", "光伏科技", "储能技术", "电力科技", "锂电科技"},
        {"环保科技", "水处理科技", "环境工程", "生态科技", "固废处理"},
        {"智能装备", "机电科技", "自动化科技", "精密机械", "机器人科技", "电气", "模具科技"}
    };

    /** Industries on the 加计扣除 negative list (docs/policy/deduction-rates.md): used for the restricted-industry exclusions. */
    private static final String[] RESTRICTED_INDUSTRY_WORDS = {"商贸", "餐饮管理", "房地产开发", "酒店管理", "烟草物流", "娱乐"};

    private static final String[] ENGLISH_WORDS = {
        "Star River", "Minjiang", "Banyan", "Straits", "Blue Ocean", "Golden Bay", "Harbour", "Jasmine"
    };
    private static final String[] ENGLISH_INDUSTRIES = {
        "", "Information Technology", "Biotech", "Aerospace", "New Materials", "Technical Services", "New Energy",
        "Environmental Technology", "Intelligent Equipment"
    };

    private CompanyNames() {
    }

    static String name(SplittableRandom random, FuzhouDivision district, int techField, boolean restrictedIndustry,
            boolean large) {
        int quirk = random.nextInt(300);
        if (quirk == 0) {
            return "Fuzhou " + pick(random, ENGLISH_WORDS) + " " + ENGLISH_INDUSTRIES[industryField(techField)]
                    + " Co., Ltd.";
        }
        String tradeName = tradeName(random);
        String industry = restrictedIndustry
                ? pick(random, RESTRICTED_INDUSTRY_WORDS)
                : pick(random, INDUSTRY_WORDS[industryField(techField)]);
        if (quirk == 1) {
            tradeName = "\"" + tradeName + "\"";
        }
        return place(random, district) + tradeName + industry + form(random, large);
    }

    private static String tradeName(SplittableRandom random) {
        String name = pick(random, TRADE_NAME_PARTS) + pick(random, TRADE_NAME_PARTS);
        return random.nextInt(5) == 0 ? name + pick(random, TRADE_NAME_PARTS) : name;
    }

    private static String place(SplittableRandom random, FuzhouDivision district) {
        int roll = random.nextInt(10);
        if (roll < 2 && (district == FuzhouDivision.FUQING || district == FuzhouDivision.CHANGLE
                || district == FuzhouDivision.PINGTAN || district == FuzhouDivision.MINHOU)) {
            return district.nameZh().substring(0, 2);
        }
        if (roll == 2) {
            return "福建";
        }
        return roll == 3 ? "福州市" : "福州";
    }

    private static String form(SplittableRandom random, boolean large) {
        if (large && random.nextBoolean()) {
            return "股份有限公司";
        }
        return random.nextInt(12) == 0 ? "有限责任公司" : "有限公司";
    }

    /** Firms without a declared field still have a trade: give them one of the eight. */
    private static int industryField(int techField) {
        return techField >= 1 && techField <= 8 ? techField : 1;
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}

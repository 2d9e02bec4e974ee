package io.iprules.beijing;

/** A certificate the green channel issues within its time limit (beijing-2012 §2(4)). */
public enum Certificate {
    /** 发明专利优先审查证明. */
    PRIORITY_EXAMINATION("BJ_GREEN_CHANNEL_PRIORITY_EXAM"),
    /** 无知识产权违法行为证明. */
    NO_IP_VIOLATION("BJ_GREEN_CHANNEL_NO_VIOLATION");

    private final String code;

    Certificate(String code) {
        this.code = code;
    }

    /** The code of its deadline in a result. */
    public String code() {
        return code;
    }
}
